package org.flutemail.pipeline.engine;

import java.util.Objects;
import org.flutemail.pipeline.Mailet;
import org.flutemail.pipeline.Matcher;

/** One step of a processor: the mailet acts for the recipients the matcher picks. */
public record Step(String name, Matcher matcher, Mailet mailet) {
    public Step {
        Objects.requireNonNull(name);
        Objects.requireNonNull(matcher);
        Objects.requireNonNull(mailet);
    }
}
