package org.flutemail.application;

import java.util.List;

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

    /**
     * One entry that wakes processing of all these messages, one after another (rows that committed
     * together: one send and one consumer call for them instead of one each). Sent at once; the caller
     * keeps such lists short, since one consumer works through an entry alone.
     */
    void enqueueAll(List<String> queueIds);
}
