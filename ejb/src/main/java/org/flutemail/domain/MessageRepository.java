package org.flutemail.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MessageRepository {

    void add(StoredMessage message);

    boolean deliveryRecorded(String deliveryKey);

    /** The mailbox's messages in UID order, for reading: changes made to them are not saved. */
    List<StoredMessage> inMailbox(Mailbox mailbox);

    /** The flag states of the mailbox's messages with a UID below {@code belowUid}, in UID order. */
    List<MessageFlagState> flagStates(Mailbox mailbox, long belowUid);

    /**
     * The UIDs and subjects (as in {@link StoredMessage#subject()}) of the mailbox's messages with a UID
     * from {@code fromUid} up to, not including, {@code belowUid}, in UID order.
     */
    List<MessageSubject> subjects(Mailbox mailbox, long fromUid, long belowUid);

    Optional<StoredMessage> byUid(Mailbox mailbox, long uid);

    /**
     * Removes the mailbox's messages with these UIDs, remembering each removal with {@code modseq} so
     * that IMAP sessions learn of it (see {@link #expungedSince}); UIDs not there are skipped. The caller
     * holds the mailbox's write lock. Returns the UIDs removed, ascending.
     */
    List<Long> removeByUid(Mailbox mailbox, Collection<Long> uids, long modseq);

    /** The mailbox's counts, {@code fromUid} counting the messages with a UID of at least {@code uid}. */
    MailboxCounts counts(Mailbox mailbox, long uid);

    /** The mailbox's messages with these UIDs, in UID order. */
    List<StoredMessage> byUids(Mailbox mailbox, Collection<Long> uids);

    /** The mailbox's messages added or changed after {@code modseq}, in UID order. */
    List<StoredMessage> changedSince(Mailbox mailbox, long modseq);

    /** The UIDs removed from the mailbox after {@code modseq}, ascending. */
    List<Long> expungedSince(Mailbox mailbox, long modseq);

    /**
     * Sets {@code \Seen} with mod-sequence {@code modseq} on the mailbox's messages with these UIDs that
     * are not seen yet; the caller holds the mailbox's write lock. Returns how many changed.
     */
    int markSeen(Mailbox mailbox, Collection<Long> uids, long modseq);
}
