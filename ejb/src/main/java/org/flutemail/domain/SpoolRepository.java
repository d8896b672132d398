package org.flutemail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SpoolRepository {

    void add(SpooledMessage message);

    /**
     * The spooled message, write-locked until the transaction ends, so that two consumers handed the
     * same queue entry (a redelivery racing a re-enqueue) process it one after the other.
     */
    Optional<SpooledMessage> lockByQueueId(String queueId);

    /**
     * Queue ids of messages still {@link SpoolState#ACCEPTED} whose last change is older than
     * {@code before}, in queue id order and after {@code afterQueueId} (empty for the first page).
     */
    List<String> pendingSince(Instant before, String afterQueueId, int max);

    long countByState(SpoolState state);
}
