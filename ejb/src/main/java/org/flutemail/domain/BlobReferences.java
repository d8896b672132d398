package org.flutemail.domain;

import java.util.Set;

/**
 * What still refers to stored content: messages in mailboxes, mail the spool or the outbound queue has
 * not finished with, scheduled messages and posts held for a moderator. A finished spool entry or
 * outbound delivery keeps its row for tracing but no longer needs its content.
 */
public interface BlobReferences {

    /** The keys beginning with {@code prefix} (one of {@link BlobKey#prefixes()}) that something refers to. */
    Set<String> inUse(String prefix);

    boolean inUse(BlobKey key);
}
