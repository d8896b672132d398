package org.flutemail.application.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobReferences;
import org.flutemail.domain.BlobStore;

/**
 * Removes stored content that nothing refers to any more: expunged messages, removed accounts, mail
 * the spool and the outbound queue have finished with. Only blobs that no put has stored or found
 * since {@code since} are considered, so content whose reference is not committed yet is left alone;
 * each is checked again while set aside ({@link BlobStore#removeIfUnused}). The key space is taken a
 * 256th at a time, so memory stays small however large the store.
 */
public final class ContentSweep {

    /** What one sweep did. */
    public record Outcome(long considered, long removed, long removedOctets) {
    }

    private final BlobStore blobs;
    private final BlobReferences references;

    public ContentSweep(BlobStore blobs, BlobReferences references) {
        this.blobs = blobs;
        this.references = references;
    }

    public Outcome run(Instant since) throws IOException {
        long considered = 0;
        long removed = 0;
        long octets = 0;
        for (String prefix : BlobKey.prefixes()) {
            List<BlobKey> candidates = blobs.untouchedSince(prefix, since);
            if (candidates.isEmpty()) {
                continue;
            }
            considered += candidates.size();
            Set<String> inUse = references.inUse(prefix);
            for (BlobKey key : candidates) {
                if (inUse.contains(key.value())) {
                    continue;
                }
                long size = sizeOf(key);
                if (blobs.removeIfUnused(key, since, references::inUse)) {
                    removed++;
                    octets += size;
                }
            }
        }
        return new Outcome(considered, removed, octets);
    }

    private long sizeOf(BlobKey key) {
        try {
            return blobs.size(key);
        } catch (IOException e) {
            return 0; // gone meanwhile: removeIfUnused says so too
        }
    }
}
