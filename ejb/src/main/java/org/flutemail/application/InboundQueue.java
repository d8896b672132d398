package org.flutemail.application;

/** The queue that wakes processing for a spooled message; implemented on the broker. */
public interface InboundQueue {

    /** Enqueues in the caller's transaction: the entry exists only if that transaction commits. */
    void enqueue(String queueId);
}
