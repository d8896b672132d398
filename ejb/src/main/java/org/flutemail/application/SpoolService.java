package org.flutemail.application;

import java.io.IOException;
import java.io.InputStream;
import org.flutemail.domain.Envelope;

/**
 * Taking responsibility for received mail. The spool row is the durable record of a message (ADR 0002);
 * the queue entry that wakes processing is only a wake-up call, which recovery sends again for rows
 * that lost theirs.
 */
public interface SpoolService {

    /**
     * Stores the content durably, records the envelope and queues the message for processing, all in
     * the caller's transaction; returns the queue id. The message is safe once that transaction commits.
     */
    String accept(Envelope envelope, InputStream content) throws IOException;

    /**
     * Stores the content durably and records the envelope in a transaction of its own, which has
     * committed when this returns; then queues the message for processing. For a caller that answers
     * a client once the message is safe (SMTP's 250), and that has no transaction of its own: the
     * commit involves the database alone, and the queue entry follows it. A failure to queue is
     * logged, not thrown, since the message is already safe and recovery queues it again.
     */
    String acceptCommitted(Envelope envelope, InputStream content) throws IOException;

    /**
     * Queues again every message still waiting whose last change is older than {@code minutes}: its
     * queue entry may have been lost (not persistent, or a crash between the database commit and the
     * send). Processing is idempotent, so queuing one twice is harmless. Returns how many were queued.
     */
    int requeueStalled(int minutes);
}
