package org.flutemail.application;

import org.flutemail.application.ComposeViews.Attachment;
import org.flutemail.application.ComposeViews.Composition;

/**
 * Writing mail in the webmail. Sending is a submission like an authenticated SMTP one: the sender
 * may only write as an address of their own, and the message enters the same spool (and so the same
 * pipeline: local delivery, DKIM signing, the outbound queue); it has been accepted durably when
 * {@link #send} returns. The caller passes the authenticated account's address.
 */
public interface ComposeService {

    /**
     * Submits the message to its To, Cc and Bcc recipients (Bcc never appears in what they receive),
     * keeps a copy in Sent marked read, and removes the draft it came from. Returns the spool's queue id.
     *
     * @throws org.flutemail.domain.InvalidAddressException for an address that cannot be used, named
     *         in the message
     */
    String send(String account, String clientAddress, Composition message);

    /** Saves the message in Drafts, replacing its earlier copy; returns the UID of the new copy. */
    long saveDraft(String account, Composition message);

    /** A draft reopened for editing. */
    Composition draft(String account, long uid);

    /**
     * Keeps the message to be sent at {@code sendAt} (checked now as {@link #send} checks it), and
     * removes the draft it came from; returns the scheduled message's id. It is submitted at that
     * time by the scheduler, also after a restart of the server.
     */
    long schedule(String account, String clientAddress, Composition message, java.time.Instant sendAt);

    /** The account's messages waiting to be sent (and those that failed), soonest first. */
    java.util.List<org.flutemail.application.ComposeViews.ScheduledView> scheduled(String account);

    /** Stops a waiting message from being sent and puts it back into Drafts; false if it is too late. */
    boolean cancelScheduled(String account, long id);

    /** Submits one due scheduled message, once (for the scheduler). */
    void sendScheduled(long id);

    /** A stored message as it is, to forward as a {@code message/rfc822} attachment named by its subject. */
    Attachment asAttachment(String account, String mailbox, long uid);
}
