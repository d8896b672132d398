package org.flutemail.connector.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the POP3 server (RFC 1939) asks of the mail store. Implemented by a message-driven bean bound
 * to the Flute resource adapter. Each call is one unit of work on a fresh endpoint: a login, a look at
 * the maildrop, one message's content, the changes made at QUIT. A POP3 session never pins a bean.
 *
 * <p>Message ids are the INBOX's IMAP UIDs, so a POP3 session and an IMAP session see the same
 * messages. Nothing in the store changes until the client says QUIT (RFC 1939 section 6): a session
 * that ends any other way leaves the maildrop as it was.
 */
public interface Pop3Listener {

    /** Checks a user name and password (USER/PASS and SASL PLAIN). Never says whether the user exists. */
    AuthVerdict authenticate(String user, String password, Pop3SessionInfo session);

    /**
     * Locks the INBOX of the authenticated account {@code identity} for this session and returns it as it is
     * now, in UID order (RFC 1939 section 4: one session at a time, from login to QUIT). Empty when another
     * session holds the lock, which the client hears as {@code -ERR [IN-USE]} (RFC 2449 section 8.1.2).
     *
     * @param lease how long the lock lasts unless renewed; longer than the session's idle timeout, so that a
     *              live session never loses it and a session whose server died frees it in the end
     */
    Optional<MaildropSnapshot> open(String identity, Duration lease);

    /** Extends the lock for another {@code lease}; false when it is no longer this session's. */
    boolean renewLock(String lock, Duration lease);

    /** Gives the lock up: at QUIT, on a dropped connection, on the idle timeout. Idempotent. */
    void releaseLock(String lock);

    /**
     * The content of message {@code id} of {@code identity}'s INBOX (RETR and TOP), or null when it is no
     * longer there (another session removed it). Readable for the rest of the POP3 session.
     */
    MessageContent retrieve(String identity, long id);

    /**
     * Removes the messages marked deleted in the UPDATE state. Delivered transacted: the adapter answers
     * {@code +OK} only after the commit. Idempotent: ids that are already gone are skipped, so two
     * sessions deleting the same message, or a repeated call, do no harm.
     */
    void delete(String identity, List<Long> ids);

    /**
     * Sets the {@code \Seen} flag of the messages the client retrieved (RETR, not TOP), at QUIT like the
     * deletions: mail fetched by a POP3 client then shows as read in IMAP and webmail, but a session that
     * broke off mid-download marks nothing. Transacted and idempotent like {@link #delete}.
     */
    void markSeen(String identity, List<Long> ids);
}
