package org.flutemail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SpoolRepository {

    void add(SpooledMessage message);

    /**
     * Marks the message {@link SpoolState#DONE} if it is still {@link SpoolState#ACCEPTED}, with one
     * conditional update whose row lock lasts until the transaction ends: two consumers handed the same
     * queue entry (a redelivery racing a re-enqueue) process it one after the other, and the second
     * finds it claimed. False when there is no such message or it was claimed before. The caller that
     * claimed it processes it in the same transaction and marks it failed there if need be; a rollback
     * leaves it waiting.
     */
    boolean claim(String queueId, Instant now);

    /** The spooled message, unlocked; after {@link #claim} it is the claimed one. */
    Optional<SpooledMessage> byQueueId(String queueId);

    /**
     * Queue ids of messages still {@link SpoolState#ACCEPTED} whose last change is older than
     * {@code before}, in queue id order and after {@code afterQueueId} (empty for the first page).
     */
    List<String> pendingSince(Instant before, String afterQueueId, int max);

    long countByState(SpoolState state);
}
