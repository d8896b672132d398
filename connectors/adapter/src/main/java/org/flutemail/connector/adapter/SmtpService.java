package org.flutemail.connector.adapter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkManager;

import org.flutemail.connector.adapter.tls.Pem;
import org.flutemail.connector.adapter.tls.ReloadingTlsContext;
import org.flutemail.connector.adapter.tls.TlsFiles;
import org.flutemail.connector.api.SmtpListener;
import org.flutemail.protocol.smtp.auth.SaslMechanisms;

/**
 * The SMTP service of one activated {@code SmtpListener} bean: its listeners (MX, submission,
 * implicit-TLS submission) and what they share, the TLS context and the SASL mechanisms. Starts all
 * or none: if one port cannot be bound, the ones already open are closed again.
 */
final class SmtpService implements MailService {

    /** How stale the TLS context may be after the files change. */
    static final Duration TLS_CHECK_INTERVAL = Duration.ofSeconds(5);

    private final SmtpSettings settings;
    private final SmtpLimits limits;
    private final SmtpListener store;
    private final WorkManager workManager;
    private final boolean hintLongRunning;
    private final Duration tlsCheckInterval;
    private final PortGroup ports;

    SmtpService(SmtpSettings settings, SmtpLimits limits, SmtpListener store, WorkManager workManager,
            boolean hintLongRunning, ListenerPlacements placements) {
        this(settings, limits, store, workManager, hintLongRunning, TLS_CHECK_INTERVAL, placements);
    }

    SmtpService(SmtpSettings settings, SmtpLimits limits, SmtpListener store, WorkManager workManager,
            boolean hintLongRunning, Duration tlsCheckInterval) {
        this(settings, limits, store, workManager, hintLongRunning, tlsCheckInterval, new ListenerPlacements());
    }

    private SmtpService(SmtpSettings settings, SmtpLimits limits, SmtpListener store, WorkManager workManager,
            boolean hintLongRunning, Duration tlsCheckInterval, ListenerPlacements placements) {
        this.ports = new PortGroup(placements);
        this.settings = settings;
        this.limits = limits;
        this.store = store;
        this.workManager = workManager;
        this.hintLongRunning = hintLongRunning;
        this.tlsCheckInterval = tlsCheckInterval;
    }

    @Override
    public synchronized void start() throws ResourceException {
        TlsFiles files = new TlsFiles(settings.tlsDirectory());
        ReloadingTlsContext tls = ReloadingTlsContext.forServer(files, settings.protocol().serverName(),
                tlsCheckInterval);
        SaslMechanisms mechanisms = SaslMechanisms.standard(scramSecret(files), settings.scramIterations());
        ports.start(settings.listeners().stream()
                .map(listener -> new PortGroup.Port(listener.bindAddress(), listener.port(),
                        new SmtpSetup(settings.protocol(), limits, listener.policy(), mechanisms, tls::current,
                                settings.handshakeTimeout(), store)))
                .toList(), settings.maxConnections(), workManager, hintLongRunning);
    }

    /**
     * Keys the made-up SCRAM salts of unknown users. Derived from the TLS private key, so it is secret
     * and survives restarts (a salt that changed on restart would tell an unknown user from a real
     * one); random when there is no key to read.
     */
    private static byte[] scramSecret(TlsFiles files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("flute SCRAM decoy salts".getBytes(StandardCharsets.US_ASCII));
            return digest.digest(Pem.readPrivateKey(files.keyFile()).getEncoded());
        } catch (IOException | GeneralSecurityException e) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return secret;
        }
    }

    @Override
    public synchronized void stop() {
        ports.stop();
    }

    @Override
    public synchronized int[] localPorts() {
        return ports.localPorts();
    }
}
