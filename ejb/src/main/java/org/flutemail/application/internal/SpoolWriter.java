package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.logging.Logger;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.SpoolRepository;
import org.flutemail.domain.SpooledMessage;

/**
 * Writes one received message: its content to the blob store, then the spool row that points at it,
 * in the caller's transaction or, without one, in a transaction that commits before this returns.
 */
@ApplicationScoped
public class SpoolWriter {

    private static final Logger LOG = Logger.getLogger(SpoolWriter.class.getName());

    @Inject
    BlobStore blobs;

    @Inject
    SpoolRepository spool;

    @Inject
    Clock clock;

    /** Returns the new message's queue id. */
    @Transactional(value = Transactional.TxType.REQUIRED, rollbackOn = IOException.class)
    public String write(Envelope envelope, InputStream content) throws IOException {
        // The blob is durable before the row that points to it; if the transaction then fails the
        // blob is an orphan, never a dangling reference.
        BlobKey key = blobs.put(content);
        long size = blobs.size(key);
        String queueId = QueueIds.next(clock.millis());
        spool.add(new SpooledMessage(queueId, envelope, key.value(), size));
        // The one line per message at INFO: what was taken, from whom; processing logs at FINE.
        LOG.info(() -> String.format("accepted %s from=<%s> recipients=%d size=%d client=%s", queueId,
                envelope.reversePath(), envelope.recipients().size(), size, envelope.clientAddress()));
        return queueId;
    }
}
