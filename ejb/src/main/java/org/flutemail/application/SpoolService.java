package org.flutemail.application;

import java.io.IOException;
import java.io.InputStream;
import org.flutemail.domain.Envelope;

/** Taking responsibility for received mail. */
public interface SpoolService {

    /**
     * Stores the content durably, records the envelope and queues the message for processing, all in
     * the caller's transaction; returns the queue id. The message is safe once that transaction commits.
     */
    String accept(Envelope envelope, InputStream content) throws IOException;

    /**
     * Queues again every message still waiting whose last change is older than {@code minutes}: a
     * queue entry can be lost when the server dies between the database commit and the broker's.
     * Processing is idempotent, so queuing one twice is harmless. Returns how many were queued.
     */
    int requeueStalled(int minutes);
}
