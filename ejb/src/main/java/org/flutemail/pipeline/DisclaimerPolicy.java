package org.flutemail.pipeline;

import java.util.Objects;
import org.flutemail.disclaimer.Disclaimer;

/**
 * A domain's enabled disclaimer as the pipeline applies it: the text, and whether mail between local
 * accounts takes it too (otherwise only mail relayed to other domains).
 */
public record DisclaimerPolicy(Disclaimer disclaimer, boolean internalToo) {

    public DisclaimerPolicy {
        Objects.requireNonNull(disclaimer);
    }
}
