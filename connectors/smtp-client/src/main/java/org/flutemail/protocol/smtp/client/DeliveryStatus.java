package org.flutemail.protocol.smtp.client;

/** What became of one recipient in one delivery attempt. */
public enum DeliveryStatus {
    /** A server accepted the message for this recipient (250 after the final dot). */
    DELIVERED,
    /** Try again later: a 4xx reply, or no host could be reached or finished the dialogue. */
    TEMPORARY_FAILURE,
    /** Give up and bounce: a 5xx reply, or the destination does not accept mail at all. */
    PERMANENT_FAILURE
}
