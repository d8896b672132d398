package org.flutemail.application;

/** How much mail waits, read from the database when asked (by monitoring, not on every event). */
public interface QueueDepths {

    record Depths(long spoolAccepted, long spoolFailed, long outboundWaiting, long outboundRetrying,
            long outboundFailed) {
    }

    /** Throws when the database does not answer. */
    Depths current();

    /** Wake-ups the broker gave up on ({@link DeadLetters}), read apart: the broker is not the database. */
    long deadLettered();
}
