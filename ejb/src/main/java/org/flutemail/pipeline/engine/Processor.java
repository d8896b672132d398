package org.flutemail.pipeline.engine;

import java.util.List;
import java.util.Objects;

/**
 * A named, ordered list of steps, and the processor that takes a mail when one of its mailets
 * throws a {@link org.flutemail.pipeline.MailetException}.
 */
public record Processor(String name, List<Step> steps, String errorProcessor) {
    public Processor {
        Objects.requireNonNull(name);
        steps = List.copyOf(steps);
        Objects.requireNonNull(errorProcessor);
    }
}
