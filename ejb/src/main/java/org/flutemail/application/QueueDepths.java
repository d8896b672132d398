package org.flutemail.application;

/** How much mail waits, read from the database when asked (by monitoring, not on every event). */
public interface QueueDepths {

    /** @param deadLettered wake-ups the broker gave up on (see {@link DeadLetters}) */
    record Depths(long spoolAccepted, long spoolFailed, long outboundWaiting, long outboundRetrying,
            long outboundFailed, long deadLettered) {
    }

    /** Throws when the database does not answer. */
    Depths current();
}
