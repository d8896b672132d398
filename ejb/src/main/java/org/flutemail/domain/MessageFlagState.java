package org.flutemail.domain;

import java.time.Instant;
import java.util.Set;

/**
 * What an IMAP session keeps of each message of the mailbox it selects, read without loading the whole
 * message row: UID, mod-sequence, flags (as {@link StoredMessage#flagNames()}), internal date and size.
 */
public record MessageFlagState(long uid, long modseq, Set<String> flags, Instant internalDate, long size) {

    /** From the message row's columns, as a query selects them. */
    public MessageFlagState(long uid, long modseq, boolean seen, boolean answered, boolean flagged, boolean deleted,
            boolean draft, String keywords, Instant internalDate, long size) {
        this(uid, modseq, StoredMessage.flagNames(seen, answered, flagged, deleted, draft, keywords), internalDate,
                size);
    }
}
