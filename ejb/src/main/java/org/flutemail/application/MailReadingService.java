package org.flutemail.application;

import java.util.Optional;
import org.flutemail.application.ReadingViews.MessageDisplay;
import org.flutemail.application.ReadingViews.MessageOrder;
import org.flutemail.application.ReadingViews.MessagePage;
import org.flutemail.application.ReadingViews.PartContent;

/**
 * Reading one's own mail in the webmail: a mailbox's messages a page at a time, sorted by the
 * database, and a message taken apart into text, HTML and attachments. The caller passes the
 * authenticated account's address; nothing here reads another account's mail.
 */
public interface MailReadingService {

    /** At most {@code max} messages from position {@code first} of the mailbox sorted by {@code order}. */
    MessagePage page(String account, String mailbox, MessageOrder order, boolean ascending, int first, int max);

    long count(String account, String mailbox);

    MessageDisplay read(String account, String mailbox, long uid);

    /**
     * Marks the message read (IMAP's {@code \Seen}) with a new mod-sequence, so IMAP sessions hear of
     * it; returns whether it was unread.
     */
    boolean markSeen(String account, String mailbox, long uid);

    /** The decoded content of the part at {@code section}, or empty when there is no such part. */
    Optional<PartContent> part(String account, String mailbox, long uid, String section);
}
