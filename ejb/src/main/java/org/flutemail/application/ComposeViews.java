package org.flutemail.application;

import java.io.Serializable;
import java.util.List;

/**
 * What the compose screen edits and hands over: a message not yet written as MIME. Serializable,
 * because the screen keeps it in the HTTP session while the user writes.
 */
public final class ComposeViews {

    private ComposeViews() {
    }

    /** A message waiting to be sent at {@code sendAt}; {@code state} WAITING, SENDING or FAILED. */
    public record ScheduledView(long id, String subject, String recipients, java.time.Instant sendAt, String state,
            String failure) implements Serializable {
    }

    /** An attached file (or a forwarded message, as {@code message/rfc822}). */
    public record Attachment(String fileName, String contentType, byte[] data) implements Serializable {
    }

    /**
     * A message being written. {@code to}, {@code cc} and {@code bcc} are comma-separated address
     * lists as typed; {@code html} is null for plain text, and then {@code plainText} is the body;
     * {@code inReplyTo} and {@code references} are the message ids of a reply's thread (or null);
     * {@code draftUid} is the copy in Drafts this one was saved as or reopened from (or null), which
     * sending removes.
     */
    public record Composition(String to, String cc, String bcc, String subject, String plainText, String html,
            List<Attachment> attachments, boolean readReceipt, String inReplyTo, String references, Long draftUid)
            implements Serializable {

        public Composition {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        public static Composition empty() {
            return new Composition("", "", "", "", "", null, List.of(), false, null, null, null);
        }

        public Composition withDraftUid(Long uid) {
            return new Composition(to, cc, bcc, subject, plainText, html, attachments, readReceipt, inReplyTo,
                    references, uid);
        }
    }
}
