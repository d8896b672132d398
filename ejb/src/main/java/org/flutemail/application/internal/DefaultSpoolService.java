package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.flutemail.application.InboundQueue;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.SpoolRepository;
import org.flutemail.domain.SpooledMessage;

@Stateless
public class DefaultSpoolService implements SpoolService {

    private static final Logger LOG = Logger.getLogger(DefaultSpoolService.class.getName());
    private static final int REQUEUE_BATCH = 1000;

    @Inject
    BlobStore blobs;

    @Inject
    SpoolRepository spool;

    @Inject
    InboundQueue queue;

    @Inject
    Clock clock;

    @Override
    public String accept(Envelope envelope, InputStream content) throws IOException {
        // The blob is durable before the row that points to it; if the transaction then fails the
        // blob is an orphan, never a dangling reference.
        BlobKey key = blobs.put(content);
        long size = blobs.size(key);
        String queueId = QueueIds.next(clock.millis());
        spool.add(new SpooledMessage(queueId, envelope, key.value(), size));
        queue.enqueue(queueId);
        LOG.info(() -> String.format("accepted %s from=<%s> recipients=%d size=%d client=%s", queueId,
                envelope.reversePath(), envelope.recipients().size(), size, envelope.clientAddress()));
        return queueId;
    }

    @Override
    public int requeueStalled(int minutes) {
        List<String> stalled = spool.pendingSince(clock.instant().minus(Duration.ofMinutes(minutes)), REQUEUE_BATCH);
        stalled.forEach(queue::enqueue);
        if (!stalled.isEmpty()) {
            LOG.warning(() -> "queued again " + stalled.size() + " accepted messages that were still waiting");
        }
        return stalled.size();
    }
}
