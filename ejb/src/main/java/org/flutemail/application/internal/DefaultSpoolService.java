package org.flutemail.application.internal;

import org.flutemail.application.MailEvents;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.InboundQueue;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.SpoolRepository;

@Stateless
public class DefaultSpoolService implements SpoolService {

    private static final Logger LOG = Logger.getLogger(DefaultSpoolService.class.getName());
    private static final int REQUEUE_BATCH = 1000;

    @Inject
    SpoolWriter writer;

    @Inject
    SpoolRepository spool;

    @Inject
    InboundQueue queue;

    @Inject
    Clock clock;

    @Inject
    MailEvents events;

    @Override
    public String accept(Envelope envelope, InputStream content) throws IOException {
        String queueId = writer.write(envelope, content);
        queue.enqueue(queueId);
        events.received(queueId, envelope); // counted when the caller's transaction commits
        return queueId;
    }

    /**
     * Without a transaction here, the writer's own transaction commits before the entry is sent, and
     * the broker takes no part in it: one local commit instead of a two-phase commit with the broker.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String acceptCommitted(Envelope envelope, InputStream content) throws IOException {
        String queueId = writer.writeCommitted(envelope, content);
        events.received(queueId, envelope);
        try {
            queue.enqueue(queueId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "accepted " + queueId + " but could not queue it; the spool sweep will", e);
        }
        return queueId;
    }

    /** All stalled rows, a page at a time: after a crash there may be many more than one page. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int requeueStalled(int minutes) {
        Instant before = clock.instant().minus(Duration.ofMinutes(minutes));
        int queued = 0;
        String after = "";
        List<String> page;
        do {
            page = spool.pendingSince(before, after, REQUEUE_BATCH);
            page.forEach(queue::enqueue);
            queued += page.size();
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == REQUEUE_BATCH);
        if (queued > 0) {
            int count = queued;
            LOG.warning(() -> "queued again " + count + " accepted messages that were still waiting");
        }
        return queued;
    }
}
