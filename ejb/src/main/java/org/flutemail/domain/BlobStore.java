package org.flutemail.domain;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where message content lives: immutable byte sequences addressed by their SHA-256. Identical content
 * is stored once, however many mailboxes hold it.
 *
 * <p>Contract (checked for every implementation by {@code BlobStoreContract}): {@link #put} returns
 * only when the bytes are durable (survive a crash of the process and of the machine); a key once
 * returned always reads back the same bytes; reading an unknown key fails with {@link BlobNotFoundException}.
 */
public interface BlobStore {

    /** Stores everything {@code content} yields and returns its key; the stream is read to its end, not closed. */
    BlobKey put(InputStream content) throws IOException;

    InputStream open(BlobKey key) throws IOException;

    boolean contains(BlobKey key);

    /** Length in octets; {@link BlobNotFoundException} for an unknown key. */
    long size(BlobKey key) throws IOException;

    /** Removes the blob; no error when it is already gone. Callers make sure nothing refers to it. */
    void delete(BlobKey key) throws IOException;
}
