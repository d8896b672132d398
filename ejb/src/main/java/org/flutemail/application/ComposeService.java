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

    /** A stored message as it is, to forward as a {@code message/rfc822} attachment named by its subject. */
    Attachment asAttachment(String account, String mailbox, long uid);
}
