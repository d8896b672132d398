package org.flutemail.domain;

/** Where an accepted message is on its way through the pipeline. */
public enum SpoolState {
    /** Durable and queued; not yet processed to the end. */
    ACCEPTED,
    /** Every recipient was handled (delivered, or sent to the error processor). */
    DONE,
    /** The error processor took it; {@code last_error} says why. */
    FAILED
}
