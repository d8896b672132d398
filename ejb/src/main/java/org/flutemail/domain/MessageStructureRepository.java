package org.flutemail.domain;

import java.util.Collection;
import java.util.Map;

/** The prepared structures of messages ({@link MessageStructure}), one per message at most. */
public interface MessageStructureRepository {

    /** Adds the structure of a message just stored in this transaction. */
    void add(MessageStructure structure);

    /**
     * Adds the structure of a message stored earlier, unless it has one by now or is gone; a concurrent
     * addition of the same one may still fail, so callers run this in a transaction of its own.
     */
    void addIfAbsent(MessageStructure structure);

    /** Gives the copy {@code copyId} the structure of {@code originalId}, if that has one. */
    void copy(long originalId, long copyId);

    /** The structures of those of the messages that have one, by message id. */
    Map<Long, MessageStructure> byMessageIds(Collection<Long> messageIds);

    /** The stored headers of the mailbox's messages that have one, by message id. */
    Map<Long, byte[]> headersIn(Mailbox mailbox);

    /**
     * The stored headers of the mailbox's messages with a UID from {@code fromUid} up to, not including,
     * {@code belowUid}, by UID in UID order; null for a message that has none.
     */
    Map<Long, byte[]> headersByUid(Mailbox mailbox, long fromUid, long belowUid);
}
