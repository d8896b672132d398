package org.flutemail.application;

import java.util.List;
import java.util.Optional;
import org.flutemail.application.Views.MessageContentRef;

/**
 * An account's INBOX as a POP3 maildrop: its messages by UID, their content, and the changes a POP3
 * session makes at QUIT. Every method takes the authenticated identity (the canonical address).
 */
public interface MaildropService {

    /** One message of the maildrop. */
    record Entry(long uid, long size) {
    }

    /** The INBOX now: its UIDVALIDITY and its messages in UID order. */
    record Maildrop(long uidValidity, List<Entry> messages) {
    }

    Maildrop open(String identity);

    /** Where the content of message {@code uid} lives, or empty when it is no longer in the INBOX. */
    Optional<MessageContentRef> content(String identity, long uid);

    /**
     * Removes the messages from the INBOX and advances its mod-sequence, under the mailbox's row lock.
     * UIDs already gone are skipped.
     *
     * @return how many were removed
     */
    int delete(String identity, List<Long> uids);

    /** Sets {@code \Seen} on the messages that lack it, each with a new mod-sequence; returns how many changed. */
    int markSeen(String identity, List<Long> uids);
}
