package org.flutemail.protocol.smtp.client;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLContext;

/**
 * Everything about how Flute talks to remote servers, set once per client. Build with
 * {@link #builder(String)}; the defaults suit delivery to the Internet's MX hosts.
 *
 * @param heloName          the name Flute gives in EHLO/HELO: its public host name
 * @param timeouts          per-step timeouts, RFC 5321 by default
 * @param tlsMode           {@link TlsMode#OPPORTUNISTIC} by default
 * @param verifyCertificates whether to check the server certificate and its name; off by default
 *                          (opportunistic TLS cannot know which name to expect), on for smart hosts
 * @param sslContext        where trusted certificates come from when verifying; {@code null} for
 *                          the JVM's default
 * @param plaintextFallback after a failed TLS handshake, connect to the same host again without
 *                          TLS (only in opportunistic mode); off by default: try the next host
 * @param credentials       AUTH credentials for a smart host, or {@code null}
 * @param authWithoutTls    whether credentials may travel over a plain connection; off by default
 * @param maxHostsPerAttempt how many hosts (addresses) one delivery tries before giving up for now
 * @param writeWatchdog     closes a connection whose write blocks longer than the data-block
 *                          timeout (Java socket writes have no timeout of their own); in the
 *                          container pass a {@code ManagedScheduledExecutorService}; {@code null}
 *                          leaves writes unguarded
 */
public record SmtpClientSettings(String heloName, Timeouts timeouts, TlsMode tlsMode, boolean verifyCertificates,
                                 SSLContext sslContext, boolean plaintextFallback, SmtpCredentials credentials,
                                 boolean authWithoutTls, int maxHostsPerAttempt,
                                 ScheduledExecutorService writeWatchdog) {

    public SmtpClientSettings {
        Objects.requireNonNull(heloName, "heloName");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(tlsMode, "tlsMode");
        if (heloName.isBlank() || heloName.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("not a host name: " + heloName);
        }
        if (maxHostsPerAttempt < 1) {
            throw new IllegalArgumentException("maxHostsPerAttempt must be at least 1");
        }
    }

    public static Builder builder(String heloName) {
        return new Builder(heloName);
    }

    /** Builds settings; every knob has the default described on {@link SmtpClientSettings}. */
    public static final class Builder {
        private final String heloName;
        private Timeouts timeouts = Timeouts.RFC_5321;
        private TlsMode tlsMode = TlsMode.OPPORTUNISTIC;
        private boolean verifyCertificates;
        private SSLContext sslContext;
        private boolean plaintextFallback;
        private SmtpCredentials credentials;
        private boolean authWithoutTls;
        private int maxHostsPerAttempt = 10;
        private ScheduledExecutorService writeWatchdog;

        private Builder(String heloName) {
            this.heloName = heloName;
        }

        public Builder timeouts(Timeouts value) {
            this.timeouts = value;
            return this;
        }

        public Builder tlsMode(TlsMode value) {
            this.tlsMode = value;
            return this;
        }

        public Builder verifyCertificates(boolean value) {
            this.verifyCertificates = value;
            return this;
        }

        public Builder sslContext(SSLContext value) {
            this.sslContext = value;
            return this;
        }

        public Builder plaintextFallback(boolean value) {
            this.plaintextFallback = value;
            return this;
        }

        public Builder credentials(SmtpCredentials value) {
            this.credentials = value;
            return this;
        }

        public Builder authWithoutTls(boolean value) {
            this.authWithoutTls = value;
            return this;
        }

        public Builder maxHostsPerAttempt(int value) {
            this.maxHostsPerAttempt = value;
            return this;
        }

        public Builder writeWatchdog(ScheduledExecutorService value) {
            this.writeWatchdog = value;
            return this;
        }

        public SmtpClientSettings build() {
            return new SmtpClientSettings(heloName, timeouts, tlsMode, verifyCertificates, sslContext,
                    plaintextFallback, credentials, authWithoutTls, maxHostsPerAttempt, writeWatchdog);
        }
    }
}
