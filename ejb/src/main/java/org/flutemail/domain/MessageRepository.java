package org.flutemail.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MessageRepository {

    void add(StoredMessage message);

    boolean deliveryRecorded(String deliveryKey);

    /** The mailbox's messages in UID order. */
    List<StoredMessage> inMailbox(Mailbox mailbox);

    Optional<StoredMessage> byUid(Mailbox mailbox, long uid);

    /** Removes the mailbox's messages with these UIDs; UIDs not there are skipped. Returns how many went. */
    int removeByUid(Mailbox mailbox, Collection<Long> uids);

    /**
     * Sets {@code \Seen} with mod-sequence {@code modseq} on the mailbox's messages with these UIDs that
     * are not seen yet; the caller holds the mailbox's write lock. Returns how many changed.
     */
    int markSeen(Mailbox mailbox, Collection<Long> uids, long modseq);
}
