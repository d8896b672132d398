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

/** A DNS domain whose mail Flute receives and stores. */
@Entity
@Table(name = "mail_domain")
public class MailDomain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DomainState state;

    @Column(name = "quota_bytes")
    private Long quotaBytes;

    @Column(name = "max_accounts")
    private Integer maxAccounts;

    @Column(name = "max_message_bytes")
    private Long maxMessageBytes;

    // Eager: logins read it outside a transaction; a null column costs no query.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "default_class_id")
    private ClassOfService defaultClass;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When a domain pending deletion is removed with its data; null while it is not pending. */
    @Column(name = "deletion_due_at")
    private Instant deletionDueAt;

    @Column(name = "sender_must_be_owned", nullable = false)
    private boolean senderMustBeOwned = true;

    protected MailDomain() {
    }

    public MailDomain(String name, Instant now) {
        this.name = DomainName.normalize(name);
        this.state = DomainState.ACTIVE;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public DomainState state() {
        return state;
    }

    public boolean isActive() {
        return state == DomainState.ACTIVE;
    }

    public void suspend() {
        refuseWhilePendingDeletion("suspended");
        state = DomainState.SUSPENDED;
    }

    public void activate() {
        refuseWhilePendingDeletion("activated");
        state = DomainState.ACTIVE;
    }

    /**
     * Marks the domain for removal at {@code due}: until then it refuses mail and logins but keeps its
     * data, so a mistaken deletion can be undone with {@link #restore}. A second deletion keeps the
     * first date, so repeating the request never postpones the removal.
     */
    public void scheduleDeletion(Instant due) {
        if (state == DomainState.PENDING_DELETION) {
            return;
        }
        state = DomainState.PENDING_DELETION;
        deletionDueAt = due;
    }

    /** Takes back a deletion that is still pending; the domain is active again, as a new one would be. */
    public void restore() {
        if (state != DomainState.PENDING_DELETION) {
            throw new ConflictException("domain " + name + " is not pending deletion");
        }
        state = DomainState.ACTIVE;
        deletionDueAt = null;
    }

    public boolean isPendingDeletion() {
        return state == DomainState.PENDING_DELETION;
    }

    /** Whether its grace period is over at {@code now}, so its data may be removed. */
    public boolean isDueForRemoval(Instant now) {
        return isPendingDeletion() && !deletionDueAt.isAfter(now);
    }

    public Instant deletionDueAt() {
        return deletionDueAt;
    }

    /** New accounts would only be removed with the domain and could never log in: refused while pending. */
    public void checkOpenForNewAccounts() {
        if (isPendingDeletion()) {
            throw new ConflictException("domain " + name + " is pending deletion; restore it before adding accounts");
        }
    }

    private void refuseWhilePendingDeletion(String what) {
        if (isPendingDeletion()) {
            throw new ConflictException("domain " + name + " is pending deletion and cannot be " + what
                    + "; restore it first");
        }
    }

    public Long quotaBytes() {
        return quotaBytes;
    }

    public Integer maxAccounts() {
        return maxAccounts;
    }

    /** The largest message its accounts receive and send, or null for the server's limit only. */
    public Long maxMessageBytes() {
        return maxMessageBytes;
    }

    /** Null values mean no limit of that kind. */
    public void limit(Long quotaBytes, Integer maxAccounts, Long maxMessageBytes) {
        if (quotaBytes != null && quotaBytes < 0 || maxAccounts != null && maxAccounts < 0
                || maxMessageBytes != null && maxMessageBytes < 1) {
            throw new InvalidRequestException("domain limits cannot be negative, and the largest message must be"
                    + " positive");
        }
        this.quotaBytes = quotaBytes;
        this.maxAccounts = maxAccounts;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** The class of service of its accounts that have none of their own, or null. */
    public ClassOfService defaultClass() {
        return defaultClass;
    }

    public void defaultTo(ClassOfService defaultClass) {
        this.defaultClass = defaultClass;
    }

    /** Whether this domain's users may send only as addresses they own (anti-spoofing on submission). */
    public boolean senderMustBeOwned() {
        return senderMustBeOwned;
    }

    public void requireOwnedSenders(boolean required) {
        this.senderMustBeOwned = required;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
