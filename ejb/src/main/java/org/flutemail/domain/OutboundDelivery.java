package org.flutemail.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message on its way to one other domain's server, for the recipients it has there. It lives until
 * every recipient is delivered or has failed for good; each attempt is numbered, and a queue entry
 * carries the number of the attempt it asks for, so that a stale or repeated entry is recognised and
 * ignored.
 */
@Entity
@Table(name = "outbound_delivery")
public class OutboundDelivery {

    public enum State {
        /** Waiting for its next attempt (or in one). */
        QUEUED,
        /** Every recipient delivered or failed. */
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "queue_id", nullable = false)
    private String queueId;

    @Column(nullable = false)
    private String domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "reverse_path", nullable = false)
    private String reversePath;

    @Column(name = "blob_key", nullable = false)
    private String blobKey;

    @Column(name = "size_octets", nullable = false)
    private long size;

    @Embedded
    private TransactionOptions transactionOptions;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** Set while an attempt runs, so that a second queue entry for it does not run it twice. */
    @Column(name = "attempt_started")
    private Instant attemptStarted;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "delay_warned", nullable = false)
    private boolean delayWarned;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_host")
    private String lastHost;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outbound_recipient", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderColumn(name = "position")
    private List<OutboundRecipient> recipients = new ArrayList<>();

    protected OutboundDelivery() {
    }

    public OutboundDelivery(String queueId, String domain, String reversePath, List<OutboundRecipient> recipients,
            String blobKey, long size, DeliveryOptions options, Instant now, Duration lifetime) {
        this.queueId = queueId;
        this.domain = domain;
        this.state = State.QUEUED;
        this.reversePath = reversePath;
        this.recipients = new ArrayList<>(recipients);
        this.blobKey = blobKey;
        this.size = size;
        this.transactionOptions = new TransactionOptions(options);
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public Long id() {
        return id;
    }

    public String queueId() {
        return queueId;
    }

    public String domain() {
        return domain;
    }

    public State state() {
        return state;
    }

    public String reversePath() {
        return reversePath;
    }

    public String blobKey() {
        return blobKey;
    }

    public long size() {
        return size;
    }

    public TransactionOptions transactionOptions() {
        return transactionOptions;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean delayWarned() {
        return delayWarned;
    }

    public String lastError() {
        return lastError;
    }

    public String lastHost() {
        return lastHost;
    }

    public List<OutboundRecipient> recipients() {
        return List.copyOf(recipients);
    }

    public List<OutboundRecipient> pending() {
        return recipients.stream().filter(r -> r.state() == OutboundRecipient.State.PENDING).toList();
    }

    /**
     * Claims the next attempt for the caller; false when another is running it. A claim older than
     * {@code lease} is taken to be from a run that died (a crash), and is taken over.
     */
    public boolean claimAttempt(Instant now, Duration lease) {
        if (attemptStarted != null && now.isBefore(attemptStarted.plus(lease))) {
            return false;
        }
        attemptStarted = now;
        return true;
    }

    /** Forgets a claim: on start, when no attempt can be running. */
    public void releaseClaim() {
        attemptStarted = null;
    }

    /** Records one recipient's outcome of the current attempt. */
    public void settle(String address, OutboundRecipient.State outcome, String reply) {
        for (OutboundRecipient r : recipients) {
            if (r.address().equals(address) && r.state() == OutboundRecipient.State.PENDING) {
                r.settle(outcome, reply);
            }
        }
    }

    /** Closes an attempt: counts it, and either finishes or sets the time of the next one. */
    public void attempted(String error, String host, Instant nextAttempt) {
        attempts++;
        attemptStarted = null;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        lastHost = host;
        if (pending().isEmpty()) {
            state = State.DONE;
        } else {
            nextAttemptAt = nextAttempt;
        }
    }

    /** Gives up on every recipient still pending (expired, or an administrator said so). */
    public List<OutboundRecipient> giveUp(String reason) {
        List<OutboundRecipient> failed = pending();
        for (OutboundRecipient r : failed) {
            r.settle(OutboundRecipient.State.FAILED, reason);
        }
        state = State.DONE;
        return failed;
    }

    public void delayWarningSent() {
        delayWarned = true;
    }

    /** Moves the next attempt to now (an administrator's "retry now"). */
    public void retryAt(Instant now) {
        nextAttemptAt = now;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
