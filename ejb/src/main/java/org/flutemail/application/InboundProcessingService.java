package org.flutemail.application;

import java.util.List;

/** Runs queued mail through the processing pipeline. */
public interface InboundProcessingService {

    /**
     * Processes the spooled message with this queue id, in a transaction of its own. Does nothing for
     * a message already processed, so a repeated queue entry is harmless.
     */
    void process(String queueId);

    /**
     * Processes several spooled messages one after the other in one transaction of their own, so they
     * share one commit. All or none: when one of them throws, nothing of any of them is kept (each
     * spool row is still waiting), and the caller processes each alone.
     */
    void processAll(List<String> queueIds);
}
