package org.flutemail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SpoolRepository {

    void add(SpooledMessage message);

    /**
     * Records new messages, all in the caller's transaction, as plain statements: the rows of the
     * messages SMTP accepts at the same moment, written in one commit ({@code SpoolRows}).
     */
    void addAll(List<SpooledMessage> messages);

    /** The spooled message, unlocked. Delivery claims and reads it through {@link SpoolClaims}. */
    Optional<SpooledMessage> byQueueId(String queueId);

    /**
     * Queue ids of messages still {@link SpoolState#ACCEPTED} whose last change is older than
     * {@code before}, in queue id order and after {@code afterQueueId} (empty for the first page).
     */
    List<String> pendingSince(Instant before, String afterQueueId, int max);

    long countByState(SpoolState state);
}
