package org.flutemail.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where message content lives: immutable byte sequences addressed by their SHA-256. Identical content
 * is stored once, however many mailboxes hold it.
 *
 * <p>Contract (checked for every implementation by {@code BlobStoreContract}): {@link #put} returns
 * only when the bytes are durable (survive a crash of the process and of the machine); a key once
 * returned always reads back the same bytes while something refers to it; reading an unknown key fails
 * with {@link BlobNotFoundException}.
 *
 * <p>Nothing is deleted by whoever stops using a blob: identical content is shared, so only a sweep
 * that asks what still refers to it may remove it ({@link #removeIfUnused}). A put that finds its
 * content already stored marks the blob as wanted again, which is how a sweep learns of a reference
 * that is not committed yet.
 */
public interface BlobStore {

    /** Stores everything {@code content} yields and returns its key; the stream is read to its end, not closed. */
    BlobKey put(InputStream content) throws IOException;

    InputStream open(BlobKey key) throws IOException;

    boolean contains(BlobKey key);

    /** Length in octets; {@link BlobNotFoundException} for an unknown key. */
    long size(BlobKey key) throws IOException;

    /**
     * The keys beginning with {@code prefix} (one of {@link BlobKey#prefixes()}) of the blobs that no put
     * has stored or found since {@code since}: what a sweep considers.
     */
    List<BlobKey> untouchedSince(String prefix, Instant since) throws IOException;

    /**
     * Removes the blob if no put has stored or found it since {@code since} and {@code referenced}, asked
     * while the blob is set aside where no put finds it, says that nothing refers to it. A put racing with
     * the removal keeps its content: either it marked the blob first (the blob stays) or it finds it gone
     * and stores it anew. Returns whether the blob was removed; false also when it was gone already.
     */
    boolean removeIfUnused(BlobKey key, Instant since, Predicate<BlobKey> referenced) throws IOException;
}
