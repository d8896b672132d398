package org.flutemail.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MessageRepository {

    void add(StoredMessage message);

    boolean deliveryRecorded(String deliveryKey);

    /** The mailbox's messages in UID order, for reading: changes made to them are not saved. */
    List<StoredMessage> inMailbox(Mailbox mailbox);

    /**
     * As {@link #inMailbox}, but only messages whose subject may contain {@code lowerAscii} ignoring
     * case, and those whose subject was clipped ({@link MessageSummary#MAX_SUBJECT}): a superset of those
     * whose lower-cased subject contains it, for the caller to check.
     */
    List<StoredMessage> inMailboxWithSubjectLike(Mailbox mailbox, String lowerAscii);

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
