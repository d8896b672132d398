package org.flutemail.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import org.flutemail.application.InboundProcessingService;

/**
 * Lets the delivery consumers that take queue entries at the same moment share one transaction
 * ({@link GroupCommit}), as the SMTP sessions share the commit of their spool rows. On the embedded
 * database a commit rewrites every page the transaction touched (the mailbox row, the message and
 * structure tables and their indexes, the spool row), and the fourth round's profile put a fifth of
 * Flute's CPU into the delivery commits alone: several deliveries per commit pay that once.
 *
 * <p>Each caller still returns only after the commit that holds its message, so the consumer's
 * acknowledgement of the queue entry follows the delivery as before. A batch that fails (one
 * message's pipeline threw, a lock conflict) keeps nothing, and each of its callers then processes its
 * own message alone; only that failure reaches the broker, which retries the entry.
 *
 * <p>One batch runs at a time, so batches never wait for each other's mailbox locks; the consumers
 * not running one gather the next.
 */
@ApplicationScoped
public class DeliveryBatches {

    /** The consumers' {@code maxSession}: more cannot arrive at once. */
    static final int MAX_BATCH = 8;

    @Inject
    InboundProcessingService processing;

    private GroupCommit<String, Boolean> batches;

    @PostConstruct
    void start() {
        batches = new GroupCommit<>("deliveries", MAX_BATCH, queueIds -> {
            processing.processAll(queueIds);
            return Collections.nCopies(queueIds.size(), Boolean.TRUE);
        });
    }

    /** Processes the spooled message; returns once its delivery has committed, throws if it could not. */
    public void process(String queueId) {
        if (batches.join(queueId).isEmpty()) {
            processing.process(queueId);
        }
    }
}
