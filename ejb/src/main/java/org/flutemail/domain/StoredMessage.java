package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One message in one mailbox. Its bytes live in the blob store under {@link #blobKey()}; the row keeps
 * what IMAP and list views need without opening the content: flags, sizes, dates and the few header
 * fields a list shows.
 */
@Entity
@Table(name = "mail_message")
public class StoredMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mailbox_id")
    private Mailbox mailbox;

    @Column(nullable = false)
    private long uid;

    @Column(nullable = false)
    private long modseq;

    @Column(nullable = false)
    private boolean seen;

    @Column(nullable = false)
    private boolean answered;

    @Column(nullable = false)
    private boolean flagged;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private boolean draft;

    private String keywords;

    @Column(name = "internal_date", nullable = false)
    private Instant internalDate;

    @Column(name = "size_octets", nullable = false)
    private long size;

    @Column(name = "blob_key", nullable = false)
    private String blobKey;

    @Column(name = "header_from")
    private String from;

    @Column(name = "header_to")
    private String to;

    private String subject;

    @Column(name = "sent_date")
    private Instant sentDate;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "delivery_key", unique = true)
    private String deliveryKey;

    protected StoredMessage() {
    }

    /**
     * A message delivered into {@code mailbox}. The caller holds the mailbox's write lock, so the UID
     * and mod-sequence taken here are unique and ascending.
     */
    public static StoredMessage deliveredTo(Mailbox mailbox, String blobKey, long size, MessageSummary summary,
            Instant internalDate, String deliveryKey) {
        StoredMessage m = new StoredMessage();
        m.mailbox = mailbox;
        m.uid = mailbox.allocateUid(size);
        m.modseq = mailbox.nextModseq();
        m.blobKey = blobKey;
        m.size = size;
        m.internalDate = internalDate;
        m.from = summary.from();
        m.to = summary.to();
        m.subject = summary.subject();
        m.sentDate = summary.date();
        m.messageId = summary.messageId();
        m.deliveryKey = deliveryKey;
        return m;
    }

    /**
     * A message copied from another server with its flags and internal date kept. The caller holds
     * the mailbox's write lock, as for {@link #deliveredTo}.
     */
    public static StoredMessage imported(Mailbox mailbox, String blobKey, long size, MessageSummary summary,
            MessageFlags flags, Instant internalDate) {
        StoredMessage m = deliveredTo(mailbox, blobKey, size, summary, internalDate, null);
        m.seen = flags.seen();
        m.answered = flags.answered();
        m.flagged = flags.flagged();
        m.draft = flags.draft();
        m.keywords = flags.keywordList();
        return m;
    }

    public Long id() {
        return id;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public long uid() {
        return uid;
    }

    public long modseq() {
        return modseq;
    }

    public boolean seen() {
        return seen;
    }

    public boolean answered() {
        return answered;
    }

    public boolean flagged() {
        return flagged;
    }

    public boolean deleted() {
        return deleted;
    }

    public boolean draft() {
        return draft;
    }

    public String keywords() {
        return keywords;
    }

    public Instant internalDate() {
        return internalDate;
    }

    public long size() {
        return size;
    }

    public String blobKey() {
        return blobKey;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String subject() {
        return subject;
    }

    public Instant sentDate() {
        return sentDate;
    }

    public String messageId() {
        return messageId;
    }

    public String deliveryKey() {
        return deliveryKey;
    }
    /**
     * A message a client puts into {@code mailbox} (IMAP APPEND), with the flags and internal date it
     * asked for. The caller holds the mailbox's write lock.
     */
    public static StoredMessage appendedTo(Mailbox mailbox, String blobKey, long size, MessageSummary summary,
            Instant internalDate, Set<String> flags) {
        StoredMessage m = deliveredTo(mailbox, blobKey, size, summary, internalDate, null);
        m.applyFlags(flags);
        return m;
    }

    /** A copy in {@code target} (IMAP COPY and MOVE): same content, flags and dates, a new UID there. */
    public StoredMessage copyTo(Mailbox target) {
        StoredMessage m = new StoredMessage();
        m.mailbox = target;
        m.uid = target.allocateUid(size);
        m.modseq = target.nextModseq();
        m.seen = seen;
        m.answered = answered;
        m.flagged = flagged;
        m.deleted = deleted;
        m.draft = draft;
        m.keywords = keywords;
        m.internalDate = internalDate;
        m.size = size;
        m.blobKey = blobKey;
        m.from = from;
        m.to = to;
        m.subject = subject;
        m.sentDate = sentDate;
        m.messageId = messageId;
        return m;
    }

    /** System flags ({@code \Seen}) and keywords, as IMAP names them. */
    public Set<String> flagNames() {
        return flagNames(seen, answered, flagged, deleted, draft, keywords);
    }

    /** The flag names of a message whose columns are these ({@code keywords} space-separated, or null). */
    static Set<String> flagNames(boolean seen, boolean answered, boolean flagged, boolean deleted, boolean draft,
            String keywords) {
        Set<String> names = new TreeSet<>();
        if (seen) {
            names.add(SEEN);
        }
        if (answered) {
            names.add(ANSWERED);
        }
        if (flagged) {
            names.add(FLAGGED);
        }
        if (deleted) {
            names.add(DELETED);
        }
        if (draft) {
            names.add(DRAFT);
        }
        if (keywords != null && !keywords.isBlank()) {
            names.addAll(List.of(keywords.trim().split(" +")));
        }
        return names;
    }

    /**
     * Sets the flags to exactly {@code flags}; returns whether anything changed, in which case the
     * message takes {@code modseq}. {@code \Recent} is not stored (RFC 9051 dropped it).
     */
    public boolean changeFlags(Set<String> flags, long modseq) {
        if (flags.equals(flagNames())) {
            return false;
        }
        applyFlags(flags);
        this.modseq = modseq;
        return true;
    }

    private void applyFlags(Set<String> flags) {
        FlagColumns columns = FlagColumns.of(flags);
        seen = columns.seen();
        answered = columns.answered();
        flagged = columns.flagged();
        deleted = columns.deleted();
        draft = columns.draft();
        keywords = columns.keywords();
    }

    public static final String SEEN = "\\Seen";
    public static final String ANSWERED = "\\Answered";
    public static final String FLAGGED = "\\Flagged";
    public static final String DELETED = "\\Deleted";
    public static final String DRAFT = "\\Draft";
}
