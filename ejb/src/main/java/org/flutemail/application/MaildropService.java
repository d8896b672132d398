package org.flutemail.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.Views.MessageContentRef;

/**
 * An account's INBOX as a POP3 maildrop: its messages by UID, their content, and the changes a POP3
 * session makes at QUIT. Every method takes the authenticated identity (the canonical address), except
 * those of the maildrop lock, which take the lock's token.
 */
public interface MaildropService {

    /** One message of the maildrop. */
    record Entry(long uid, long size) {
    }

    /** The INBOX now: its UIDVALIDITY, its messages in UID order, and the token of the session's lock. */
    record Maildrop(long uidValidity, List<Entry> messages, String lock) {
    }

    /**
     * Locks the maildrop for a new POP3 session (see {@code MaildropLock}) and takes its snapshot; empty when
     * another session holds the lock.
     */
    Optional<Maildrop> open(String identity, Duration lease);

    /** Extends the lock whose token is {@code lock} to {@code lease} from now; false when it is gone. */
    boolean renewLock(String lock, Duration lease);

    /** Removes the lock whose token is {@code lock}, if it still exists. */
    void releaseLock(String lock);

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
