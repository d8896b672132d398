package org.flutemail.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.SpoolRepository;
import org.flutemail.domain.SpooledMessage;

/**
 * Writes one received message: its content to the blob store, then the spool row that points at it,
 * in the caller's transaction or, without one, in a transaction that commits before this returns.
 * Without a caller's transaction, the rows of messages received at the same moment share one commit
 * ({@link GroupCommit}): each caller still returns only after the commit that holds its own row.
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

    @Inject
    SpoolRows rows;

    private GroupCommit<SpoolRows.Row, String> commits;

    @PostConstruct
    void start() {
        // More than the SMTP sessions that commonly finish a message at the same moment.
        commits = new GroupCommit<>("spool rows", 64, batch -> rows.addAll(batch));
    }

    /** Returns the new message's queue id. */
    @Transactional(value = Transactional.TxType.REQUIRED, rollbackOn = IOException.class)
    public String write(Envelope envelope, InputStream content) throws IOException {
        // The blob is durable before the row that points to it; if the transaction then fails the
        // blob is an orphan, never a dangling reference.
        BlobKey key = blobs.put(content);
        long size = blobs.size(key);
        String queueId = QueueIds.next(clock.millis());
        spool.add(new SpooledMessage(queueId, envelope, key.value(), size));
        logAccepted(queueId, envelope, size);
        return queueId;
    }

    /**
     * Like {@link #write} for a caller without a transaction: the row has committed when this returns.
     * The content is synced by this caller's thread; the row joins those of other callers waiting at the
     * same moment, and when their shared commit fails it is written again alone.
     */
    public String writeCommitted(Envelope envelope, InputStream content) throws IOException {
        BlobKey key = blobs.put(content);
        long size = blobs.size(key);
        SpoolRows.Row row = new SpoolRows.Row(QueueIds.next(clock.millis()), envelope, key.value(), size);
        if (commits.join(row).isEmpty()) {
            rows.addAll(List.of(row));
        }
        logAccepted(row.queueId(), envelope, size);
        return row.queueId();
    }

    private static void logAccepted(String queueId, Envelope envelope, long size) {
        // The one line per message at INFO: what was taken, from whom; processing logs at FINE.
        LOG.info(() -> String.format("accepted %s from=<%s> recipients=%d size=%d client=%s", queueId,
                envelope.reversePath(), envelope.recipients().size(), size, envelope.clientAddress()));
    }
}
