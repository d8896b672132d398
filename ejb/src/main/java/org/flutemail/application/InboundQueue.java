package org.flutemail.application;

/**
 * The queue that wakes processing for a spooled message; implemented on the broker. An entry is a
 * wake-up call, not the record of the message (that is the spool row), so it need not survive a
 * restart: recovery queues every waiting row again on start.
 */
public interface InboundQueue {

    /**
     * Enqueues in the caller's transaction when there is one (the entry exists only if it commits),
     * else at once.
     */
    void enqueue(String queueId);
}
