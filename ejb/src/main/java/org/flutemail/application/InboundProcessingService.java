package org.flutemail.application;

/** Runs queued mail through the processing pipeline. */
public interface InboundProcessingService {

    /**
     * Processes the spooled message with this queue id, in the caller's transaction. Does nothing for
     * a message already processed, so a repeated queue entry is harmless.
     */
    void process(String queueId);
}
