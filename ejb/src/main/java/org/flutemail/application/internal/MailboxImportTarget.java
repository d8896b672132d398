package org.flutemail.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.MessageSummary;
import org.flutemail.migration.ImportTarget;
import org.flutemail.migration.SourceMessage;
import org.flutemail.migration.TargetFolder;

/**
 * One account as an {@link ImportTarget}. The content goes to the blob store first (durable before any
 * row refers to it; a crash after that leaves an orphan file, never a dangling row), then the row
 * and the source key commit together in {@link MailboxImportStore}.
 */
final class MailboxImportTarget implements ImportTarget {

    private final String address;
    private final MailboxImportStore store;
    private final BlobStore blobs;
    private final Clock clock;

    MailboxImportTarget(String address, MailboxImportStore store, BlobStore blobs, Clock clock) {
        this.address = address;
        this.store = store;
        this.blobs = blobs;
        this.clock = clock;
    }

    @Override
    public Set<String> importedKeys() {
        return store.importedKeys(address);
    }

    @Override
    public void ensureFolder(TargetFolder folder) {
        store.ensureFolder(address, folder);
    }

    @Override
    public boolean store(TargetFolder folder, SourceMessage message) throws IOException {
        BlobKey key;
        try (InputStream in = message.content().open()) {
            key = blobs.put(in);
        }
        long size = blobs.size(key);
        if (size == 0) {
            throw new IOException("the message is empty");
        }
        MessageSummary summary;
        try (InputStream in = blobs.open(key)) {
            summary = MessageSummaryReader.read(in);
        }
        // Sources without an internal date (POP3, mbox without a dated From_ line): the Date header is
        // the best guess of when the mail arrived, and clients sort by it.
        Instant internalDate = message.internalDate() != null ? message.internalDate()
                : summary.date() != null ? summary.date() : clock.instant();
        return store.store(address, folder.name(), message.key(), key.value(), size, summary, message.flags(),
                internalDate);
    }
}
