package org.flutemail.application;

import java.time.Duration;

/** The queue that wakes an outbound delivery attempt; implemented on the broker's scheduled delivery. */
public interface OutboundQueue {

    /**
     * Asks for attempt number {@code attempt} + 1 of delivery {@code deliveryId} after {@code delay},
     * in the caller's transaction.
     */
    void enqueue(long deliveryId, int attempt, Duration delay);
}
