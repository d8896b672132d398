package org.flutemail.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the webmail shows of a mailbox and a message: snapshots, never live entities. Serializable,
 * because the screens keep them in the HTTP session.
 */
public final class ReadingViews {

    private ReadingViews() {
    }

    /** The columns a message list sorts by. */
    public enum MessageOrder {
        DATE, SENDER, SUBJECT, SIZE
    }

    /**
     * One line of a message list; {@code date} is when the message arrived, {@code mailbox} the folder it
     * is in (a search in all folders mixes them).
     */
    public record MessageRow(String mailbox, long uid, String from, String subject, Instant date, long size,
            boolean seen, boolean flagged, boolean answered) implements Serializable {

        /** Unique among the rows of a search in all folders, where UIDs repeat. */
        public String key() {
            return mailbox + "/" + uid;
        }
    }

    /**
     * What a webmail search asks for; a null or blank field asks nothing. {@code mailbox} null means all
     * folders; {@code since} is inclusive and {@code before} exclusive, both on the arrival time.
     */
    public record SearchCriteria(String mailbox, String from, String recipient, String subject, String body,
            Instant since, Instant before, boolean attachment, boolean unread, boolean flagged)
            implements Serializable {
    }

    /** One page of a message list and how many messages the whole list has. */
    public record MessagePage(long total, List<MessageRow> rows) implements Serializable {
    }

    /**
     * A part shown as an attachment; {@code section} names it as IMAP does ("2", "1.3"). {@code contentId}
     * is its Content-ID without the angle brackets, or null: the HTML body refers to it as {@code cid:}.
     */
    public record AttachmentView(String section, String fileName, String contentType, long size, String contentId)
            implements Serializable {
    }

    /** One header field, unfolded and decoded to Unicode. */
    public record HeaderLine(String name, String value) implements Serializable {
    }

    /**
     * A message made readable: its main text as plain text, as HTML (not yet made safe: that is the
     * screen's job, which knows what a browser may be given), or both; either may be null.
     * {@code senderAddress} is the one address the From field names, read before its encoded words are
     * decoded (so that a decoded display name cannot pose as an address), or null when it names none or
     * several: what a decision that trusts a sender goes by.
     */
    public record MessageDisplay(long uid, String from, String to, String cc, String subject, Instant date,
            long size, String plainText, String html, List<AttachmentView> attachments, List<HeaderLine> headers,
            String senderAddress) implements Serializable {
    }

    /** The decoded content of one part, for download. */
    public record PartContent(String fileName, String contentType, byte[] data) implements Serializable {
    }
}
