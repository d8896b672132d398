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
import java.time.Duration;
import java.time.Instant;

/**
 * An outside POP3 or IMAP mailbox that Flute collects into a local account, with the state of its
 * collections. The password is kept only as ciphertext ({@link #passwordSecret()}); encrypting and
 * decrypting it is the application's business, with a key that is not in the database.
 *
 * <p>{@link #claim} marks a collection as running. The application claims under the write locks of
 * all the owner's fetch accounts, so each Flute account has one collection at a time; a claim older
 * than {@link #CLAIM_LIFETIME} is taken to be left over from a server that died.
 */
@Entity
@Table(name = "fetch_account")
public class FetchAccount {

    public static final Duration CLAIM_LIFETIME = Duration.ofHours(1);
    private static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FetchProtocol protocol;

    @Column(nullable = false)
    private String host;

    @Column(nullable = false)
    private int port;

    @Enumerated(EnumType.STRING)
    @Column(name = "tls_mode", nullable = false)
    private FetchTlsMode tlsMode;

    @Column(name = "pinned_sha256")
    private String pinnedSha256;

    @Column(name = "remote_user", nullable = false)
    private String user;

    @Column(name = "password_secret", nullable = false)
    private String passwordSecret;

    @Column(name = "target_folder", nullable = false)
    private String targetFolder;

    @Column(name = "leave_copy", nullable = false)
    private boolean leaveCopy;

    @Column(name = "interval_minutes", nullable = false)
    private int intervalMinutes;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "running_since")
    private Instant runningSince;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_collected", nullable = false)
    private int lastCollected;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_error_kind")
    private FetchErrorKind lastErrorKind;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    protected FetchAccount() {
    }

    /** A new outside mailbox, due for its first collection at once. */
    public FetchAccount(Account account, FetchSettings settings, String passwordSecret, Instant now) {
        this.account = account;
        this.createdAt = now;
        this.nextRunAt = now;
        configure(settings, now);
        replacePassword(passwordSecret);
    }

    /** Takes new settings. A failing account gets its next attempt at once, as the change may fix it. */
    public void configure(FetchSettings s, Instant now) {
        this.protocol = s.protocol();
        this.host = s.host();
        this.port = s.port();
        this.tlsMode = s.tls();
        this.pinnedSha256 = s.pinnedSha256();
        this.user = s.user();
        this.targetFolder = s.targetFolder();
        this.leaveCopy = s.leaveCopy();
        this.intervalMinutes = s.intervalMinutes();
        this.enabled = s.enabled();
        if (consecutiveFailures > 0 && nextRunAt.isAfter(now)) {
            nextRunAt = now;
        }
    }

    public void replacePassword(String secret) {
        this.passwordSecret = secret;
    }

    public FetchSettings settings() {
        return new FetchSettings(protocol, host, port, tlsMode, pinnedSha256, user, targetFolder, leaveCopy,
                intervalMinutes, enabled);
    }

    /** Whether a collection holds this account now (a claim that is not stale). */
    public boolean isRunning(Instant now) {
        return runningSince != null && runningSince.plus(CLAIM_LIFETIME).isAfter(now);
    }

    public void claim(Instant now) {
        runningSince = now;
    }

    /**
     * Records a collection that ended well. When the outside mailbox still has messages this run left
     * for the next (runs are bounded), that next run is due at once.
     */
    public void succeeded(Instant now, int collected, boolean moreWaiting) {
        runningSince = null;
        lastRunAt = now;
        lastSuccessAt = now;
        lastCollected = collected;
        consecutiveFailures = 0;
        nextRunAt = moreWaiting ? now : now.plus(interval());
    }

    /** Records a failed collection (messages taken in before the failure stay taken in) and backs off. */
    public void failed(Instant now, int collected, FetchErrorKind kind, String message) {
        runningSince = null;
        lastRunAt = now;
        lastCollected = collected;
        lastErrorAt = now;
        lastErrorKind = kind;
        String text = kind.description() + (message == null || message.isBlank() ? "" : ": " + message);
        lastError = text.substring(0, Math.min(text.length(), MAX_ERROR));
        consecutiveFailures++;
        nextRunAt = now.plus(FetchBackoff.delay(interval(), consecutiveFailures));
    }

    public Duration interval() {
        return Duration.ofMinutes(intervalMinutes);
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String passwordSecret() {
        return passwordSecret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextRunAt() {
        return nextRunAt;
    }

    public Instant runningSince() {
        return runningSince;
    }

    public Instant lastRunAt() {
        return lastRunAt;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public int lastCollected() {
        return lastCollected;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }

    public FetchErrorKind lastErrorKind() {
        return lastErrorKind;
    }

    public String lastError() {
        return lastError;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }
}
