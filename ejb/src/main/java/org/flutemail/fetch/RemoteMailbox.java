package org.flutemail.fetch;

import java.io.OutputStream;
import java.util.List;

/** A logged-in session with an outside mailbox (its INBOX). */
public interface RemoteMailbox extends AutoCloseable {

    /** Every message the mailbox holds now, oldest first. */
    List<RemoteMessage> list() throws FetchException;

    /**
     * Writes the message's octets, exactly as the server holds them, to {@code out}. Fails, rather than
     * returning a shortened message, if the connection breaks on the way.
     */
    void download(RemoteMessage message, OutputStream out) throws FetchException;

    /** Marks the message for deletion; it goes only with {@link #commitDeletions()}. */
    void markDeleted(RemoteMessage message) throws FetchException;

    /** Deletes the marked messages for good (POP3: QUIT; IMAP: UID EXPUNGE) and ends the session. */
    void commitDeletions() throws FetchException;

    /** Ends the session; marked messages that were not committed stay on the server. Never fails. */
    @Override
    void close();
}
