package org.flutemail.application;

import java.time.Instant;
import java.util.List;

/**
 * The outside POP3 and IMAP mailboxes a Flute account collects mail from: their settings, their state,
 * and collection on demand. Passwords go in and are never handed out again.
 */
public interface FetchAccountService {

    /**
     * Settings as given by a user. On create, null means the default (port: the protocol's well-known
     * one for the TLS mode; tls: STARTTLS; targetFolder: INBOX; leaveCopy: true; intervalMinutes: 10;
     * enabled: true); protocol, host, user and password are required. On update, null keeps what is
     * there, and an empty certificateSha256 removes the pin.
     */
    record FetchAccountChange(String protocol, String host, Integer port, String tls, String certificateSha256,
            String user, String password, String targetFolder, Boolean leaveCopy, Integer intervalMinutes,
            Boolean enabled) {
    }

    /** A fetch account as the API shows it: settings without the password, and collection state. */
    record FetchAccountView(long id, String protocol, String host, int port, String tls, String certificateSha256,
            String user, String targetFolder, boolean leaveCopy, int intervalMinutes, boolean enabled,
            Instant createdAt, boolean running, Instant lastRunAt, Instant lastSuccessAt, int lastCollected,
            Instant lastErrorAt, String lastErrorKind, String lastError, int consecutiveFailures,
            Instant nextRunAt) {
    }

    /**
     * What one collection did.
     *
     * @param collected   messages taken in (also when it then failed)
     * @param moreWaiting the run stopped at its limit with messages left for the next
     * @param errorKind   null on success, else AUTHENTICATION, UNREACHABLE, CERTIFICATE, ...
     */
    record FetchOutcome(int collected, boolean moreWaiting, String errorKind, String error,
            FetchAccountView fetchAccount) {
    }

    /**
     * Why the account may not have fetch accounts (its class of service leaves the fetch agent out), or
     * null when it may; the same refusal {@link #create} gives, for screens that ask before offering a form.
     */
    String refusal(String address);

    List<FetchAccountView> list(String address);

    FetchAccountView get(String address, long id);

    FetchAccountView create(String address, FetchAccountChange change);

    FetchAccountView update(String address, long id, FetchAccountChange change);

    void delete(String address, long id);

    /**
     * Collects now, whether or not the account is enabled or due, and returns when done. Fails with a
     * conflict when a collection for the same Flute account is running.
     */
    FetchOutcome collectNow(String address, long id);
}
