package org.flutemail.domain;

import java.time.Instant;

/** How what {@link MessageTraces} reads is let go once it is old. */
public interface TraceRetention {

    /**
     * Removes what tracing keeps of mail finished before {@code cutoff}: spool entries delivered or failed,
     * outbound deliveries done, and the steps recorded on the way. Returns the rows removed.
     */
    int removeFinishedBefore(Instant cutoff);
}
