package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** That an account's automatic reply answered a sender, and when last (RFC 3834: once per interval). */
@Entity
@Table(name = "auto_reply_sent")
public class AutoReplySent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 320)
    private String sender;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected AutoReplySent() {
    }

    public AutoReplySent(long accountId, String sender, Instant sentAt) {
        this.accountId = accountId;
        this.sender = sender;
        this.sentAt = sentAt;
    }

    /** Whether the sender may be answered again at {@code now}. */
    public boolean dueAgain(Instant now, int intervalDays) {
        return !now.isBefore(sentAt.plus(Duration.ofDays(intervalDays)));
    }

    public void answeredAgain(Instant now) {
        sentAt = now;
    }
}
