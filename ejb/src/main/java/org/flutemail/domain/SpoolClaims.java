package org.flutemail.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The delivery side of the spool: takes a waiting message for processing and, if processing fails for
 * good, says so. Kept apart from {@link SpoolRepository} because it runs once per delivered message
 * and is written as plain statements in the caller's transaction: one conditional update and one
 * query for the whole envelope, no entity loaded, registered or dirty-checked at the commit.
 */
public interface SpoolClaims {

    /** A claimed message: the row's id (for {@link #failed}), its envelope and its content's blob. */
    record Claimed(long id, String queueId, Envelope envelope, String blobKey, long size) {
    }

    /**
     * Marks the message {@link SpoolState#DONE} if it is still {@link SpoolState#ACCEPTED}, with one
     * conditional update whose row lock lasts until the transaction ends: two consumers handed the same
     * queue entry (a redelivery racing a re-enqueue) process it one after the other, and the second
     * finds it claimed. Empty when there is no such message or it was claimed before. The caller that
     * claimed it processes it in the same transaction and calls {@link #failed} there if need be; a
     * rollback leaves it waiting.
     */
    Optional<Claimed> claim(String queueId, Instant now);

    /** Marks a message claimed in this transaction {@link SpoolState#FAILED}, with the reason. */
    void failed(long id, String error, Instant now);
}
