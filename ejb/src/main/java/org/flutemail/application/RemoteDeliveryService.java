package org.flutemail.application;

import java.time.Instant;
import java.util.List;

/** Outbound deliveries: running their attempts, and what administrators see and do with the queue. */
public interface RemoteDeliveryService {

    /**
     * Runs attempt {@code attempt} + 1 of a delivery, if that is still the one due: a repeated or
     * stale queue entry is ignored. Remote servers are contacted outside any database transaction.
     */
    void attempt(long deliveryId, int attempt);

    /**
     * Queues again the deliveries whose attempt is overdue by more than {@code minutes}: their queue
     * entry was lost, or the run holding their attempt died. On start ({@code minutes} 0) every claim
     * is released first, since no attempt can be running yet. Returns how many were queued.
     */
    int requeueOverdue(int minutes, boolean onStart);

    record QueuedRecipient(String address, String state, String lastReply) {
    }

    record QueuedDelivery(long id, String queueId, String domain, String sender, String state, int attempts,
            Instant createdAt, Instant nextAttempt, Instant expires, String lastError, String lastHost, long size,
            List<QueuedRecipient> recipients) {
    }

    List<QueuedDelivery> queued();

    /**
     * The waiting deliveries whose sender is an address of {@code domain}: a domain administrator's
     * read-only view of what their users sent that has not left yet (bounces, with no sender, are not).
     */
    List<QueuedDelivery> queuedFrom(String domain);

    QueuedDelivery get(long deliveryId);

    /** Moves the next attempt to now. */
    QueuedDelivery retryNow(long deliveryId);

    /** Gives up on the pending recipients and tells the sender, as if the delivery had expired. */
    QueuedDelivery bounce(long deliveryId);

    /** Removes the delivery without telling anyone. */
    void delete(long deliveryId);
}
