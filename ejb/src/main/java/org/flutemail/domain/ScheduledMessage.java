package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message written to be sent later. It waits until {@code sendAt}; the scheduler then claims it
 * (so that it is submitted once), submits it and records the spool's queue id, or why it failed.
 * Cancelling is possible only while it waits. The content is a blob in draft form (Bcc kept).
 */
@Entity
@Table(name = "scheduled_message")
public class ScheduledMessage {

    /** Where a scheduled message stands. */
    public enum State {
        WAITING, SENDING, SENT, CANCELLED, FAILED
    }

    private static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "send_at", nullable = false)
    private Instant sendAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(nullable = false, length = MAX_TEXT)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String recipients;

    @Column(name = "blob_key", nullable = false, length = 80)
    private String blobKey;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "queue_id", length = 64)
    private String queueId;

    @Column(length = MAX_TEXT)
    private String failure;

    protected ScheduledMessage() {
    }

    public ScheduledMessage(Account account, Instant sendAt, Instant now, String subject, String recipients,
            String blobKey, String clientAddress) {
        this.account = account;
        this.sendAt = sendAt;
        this.createdAt = now;
        this.state = State.WAITING;
        this.subject = cut(subject);
        this.recipients = recipients.length() > 4000 ? recipients.substring(0, 4000) : recipients;
        this.blobKey = blobKey;
        this.clientAddress = clientAddress;
    }

    private static String cut(String text) {
        String t = text == null ? "" : text;
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    /** Whether it can still be cancelled; cancelling marks it so. */
    public boolean cancel() {
        if (state != State.WAITING) {
            return false;
        }
        state = State.CANCELLED;
        return true;
    }

    public void sent(String queueId) {
        this.state = State.SENT;
        this.queueId = queueId;
    }

    public void failed(String reason) {
        this.state = State.FAILED;
        this.failure = cut(reason);
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public Instant sendAt() {
        return sendAt;
    }

    public State state() {
        return state;
    }

    public String subject() {
        return subject;
    }

    public String recipients() {
        return recipients;
    }

    public String blobKey() {
        return blobKey;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String queueId() {
        return queueId;
    }

    public String failure() {
        return failure;
    }
}
