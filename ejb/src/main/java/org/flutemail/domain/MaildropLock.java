package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The lock on an account's POP3 maildrop (RFC 1939 section 4): while one session is in the TRANSACTION
 * state, no other may enter it. Sessions live in server memory but the lock lives in the database, so it
 * holds between servers that share it; and a server can die without a word (kill -9, power), so the lock
 * is a lease that ends by itself.
 *
 * <p>Waiting for the lease is the last resort. A server that starts again knows that every session it ran
 * before is gone, so a lock of its own node under an earlier incarnation is abandoned at once: after a
 * restart the user can log in immediately, while a lock of another node lasts until its lease runs out
 * (that node may still be serving the session). The holder is a random token per session, which is how
 * renewal and release find their own lock and never someone else's.
 */
@Entity
@Table(name = "pop3_maildrop_lock")
public class MaildropLock {

    /** Who holds (or asks for) a lock: one POP3 session on one incarnation of one node. */
    public record Holder(String token, String node, String incarnation) {
        public Holder {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(incarnation, "incarnation");
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private String holder;

    @Column(nullable = false)
    private String node;

    @Column(nullable = false)
    private String incarnation;

    @Column(name = "acquired_at", nullable = false)
    private Instant acquiredAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected MaildropLock() {
    }

    public MaildropLock(Account account, Holder holder, Instant now, Duration lease) {
        this.accountId = account.id();
        grant(holder, now, lease);
    }

    /** Whether {@code claimant} may take this lock over: its lease ran out, or its server has since restarted. */
    public boolean isAbandoned(Holder claimant, Instant now) {
        boolean restarted = node.equals(claimant.node()) && !incarnation.equals(claimant.incarnation());
        return restarted || !now.isBefore(expiresAt);
    }

    /** Gives an abandoned lock to {@code claimant}. */
    public void takeOver(Holder claimant, Instant now, Duration lease) {
        if (!isAbandoned(claimant, now)) {
            throw new IllegalStateException("the maildrop lock of account " + accountId + " is held by " + holder);
        }
        grant(claimant, now, lease);
    }

    private void grant(Holder claimant, Instant now, Duration lease) {
        this.holder = claimant.token();
        this.node = claimant.node();
        this.incarnation = claimant.incarnation();
        this.acquiredAt = now;
        this.expiresAt = now.plus(lease);
    }

    /** Where the lock was taken and until when, for the log. */
    public String describe() {
        return "node " + node + ", incarnation " + incarnation + ", expiring " + expiresAt;
    }

    public String holder() {
        return holder;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
