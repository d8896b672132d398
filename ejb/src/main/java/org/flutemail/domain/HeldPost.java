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

/**
 * A post to a mailing list that its posting policy did not let through, waiting for a moderator. The
 * content is a blob of the message as it arrived at the list (trace headers included), so approving
 * it later distributes exactly what was sent.
 */
@Entity
@Table(name = "held_post")
public class HeldPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id")
    private MailingList list;

    /** The envelope sender; empty for the null sender. */
    @Column(nullable = false)
    private String sender;

    @Column(nullable = false)
    private String subject;

    @Column(name = "content_key", nullable = false)
    private String contentKey;

    @Column(nullable = false)
    private long size;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    protected HeldPost() {
    }

    public HeldPost(MailingList list, String sender, String subject, BlobKey content, long size, Instant heldAt) {
        this.list = list;
        this.sender = sender;
        this.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
        this.contentKey = content.value();
        this.size = size;
        this.heldAt = heldAt;
    }

    public Long id() {
        return id;
    }

    public MailingList list() {
        return list;
    }

    public String sender() {
        return sender;
    }

    public String subject() {
        return subject;
    }

    public BlobKey content() {
        return new BlobKey(contentKey);
    }

    public long size() {
        return size;
    }

    public Instant heldAt() {
        return heldAt;
    }
}
