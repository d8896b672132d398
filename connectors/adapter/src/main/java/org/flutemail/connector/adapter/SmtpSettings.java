package org.flutemail.connector.adapter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.resource.spi.InvalidPropertyException;

import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.session.ListenerPolicy;
import org.flutemail.protocol.smtp.session.SmtpConfig;

/**
 * The three SMTP listeners and what they share: limits, TLS files, AUTH. Each value comes from, in
 * order: a system property (so an operator or a test can move a port without rebuilding the EAR),
 * the bean's activation config, the default. A port of zero or less disables its listener.
 *
 * @param listeners        the enabled listeners
 * @param maxConnections   connections served at once per listener; more are answered {@code 421 4.7.0}
 * @param tlsDirectory     where {@code server.crt.pem} and {@code server.key.pem} live
 * @param handshakeTimeout how long a TLS handshake may take before the connection is dropped
 * @param scramIterations  the PBKDF2 iteration count of accounts, for made-up SCRAM answers
 */
record SmtpSettings(List<ListenerSettings> listeners, int maxConnections, SmtpConfig protocol, Path tlsDirectory,
        Duration handshakeTimeout, int scramIterations) {

    static final String BIND = "flute.smtp.bind";
    static final String PORT = "flute.smtp.port";
    static final String SUBMISSION_BIND = "flute.submission.bind";
    static final String SUBMISSION_PORT = "flute.submission.port";
    static final String SMTPS_BIND = "flute.smtps.bind";
    static final String SMTPS_PORT = "flute.smtps.port";
    static final String MX_PLAIN_AUTH = "flute.smtp.allowPlainAuth";
    static final String SUBMISSION_PLAIN_AUTH = "flute.submission.allowPlainAuth";
    static final String HOSTNAME = "flute.hostname";
    static final String TLS_DIR = "flute.tls.dir";
    static final String HANDSHAKE_TIMEOUT_SECONDS = "flute.smtp.tlsHandshakeTimeoutSeconds";
    static final String SCRAM_ITERATIONS = "flute.smtp.scramIterations";
    static final String MAX_MESSAGE_SIZE = "flute.smtp.maxMessageSize";
    static final String MAX_RECIPIENTS = "flute.smtp.maxRecipients";
    static final String MAX_CONNECTIONS = "flute.smtp.maxConnections";
    static final String MAX_LINE_LENGTH = "flute.smtp.maxLineLength";
    static final String MAX_ERRORS = "flute.smtp.maxErrors";
    static final String MAX_COMMANDS = "flute.smtp.maxCommands";
    static final String MAX_HOPS = "flute.smtp.maxHops";
    static final String IDLE_TIMEOUT_SECONDS = "flute.smtp.idleTimeoutSeconds";
    static final String MEMORY_THRESHOLD = "flute.smtp.memoryThreshold";
    static final String SPOOL_DIR = "flute.smtp.spoolDir";

    static final int DEFAULT_PORT = 10025;
    static final int DEFAULT_SUBMISSION_PORT = 10587;
    static final int DEFAULT_SMTPS_PORT = 10465;
    private static final long DEFAULT_HANDSHAKE_TIMEOUT_SECONDS = 30;

    static SmtpSettings resolve(SmtpActivationSpec spec, Properties system) throws InvalidPropertyException {
        SettingsLookup lookup = new SettingsLookup(system);
        SmtpConfig protocol = SmtpConfig.builder(lookup.hostName(spec.getHostName()))
                .maxMessageSize(lookup.number(MAX_MESSAGE_SIZE, spec.getMaxMessageSize(),
                        SmtpConfig.DEFAULT_MAX_MESSAGE_SIZE))
                .maxRecipients((int) lookup.number(MAX_RECIPIENTS, spec.getMaxRecipients(),
                        SmtpConfig.DEFAULT_MAX_RECIPIENTS))
                .maxCommandLineLength((int) lookup.number(MAX_LINE_LENGTH, null, SmtpConfig.DEFAULT_MAX_COMMAND_LINE))
                .maxErrors((int) lookup.number(MAX_ERRORS, null, SmtpConfig.DEFAULT_MAX_ERRORS))
                .maxCommands((int) lookup.number(MAX_COMMANDS, null, SmtpConfig.DEFAULT_MAX_COMMANDS))
                .maxHops((int) lookup.number(MAX_HOPS, null, SmtpConfig.DEFAULT_MAX_HOPS))
                .idleTimeout(Duration.ofSeconds(lookup.number(IDLE_TIMEOUT_SECONDS, null,
                        SmtpConfig.DEFAULT_IDLE_TIMEOUT.toSeconds())))
                .memoryThreshold((int) lookup.number(MEMORY_THRESHOLD, null, SmtpConfig.DEFAULT_MEMORY_THRESHOLD))
                .spoolDirectory(Path.of(lookup.text(SPOOL_DIR, null, System.getProperty("java.io.tmpdir"))))
                .build();
        String bind = lookup.text(BIND, spec.getBindAddress(), "0.0.0.0");
        List<ListenerSettings> listeners = new ArrayList<>();
        addIfEnabled(listeners, bind, (int) lookup.number(PORT, spec.getPort(), DEFAULT_PORT),
                ListenerPolicy.mx(true, lookup.flag(MX_PLAIN_AUTH)));
        addIfEnabled(listeners, lookup.text(SUBMISSION_BIND, null, bind),
                (int) lookup.number(SUBMISSION_PORT, spec.getSubmissionPort(), DEFAULT_SUBMISSION_PORT),
                ListenerPolicy.submission(true, lookup.flag(SUBMISSION_PLAIN_AUTH)));
        addIfEnabled(listeners, lookup.text(SMTPS_BIND, null, bind),
                (int) lookup.number(SMTPS_PORT, spec.getSmtpsPort(), DEFAULT_SMTPS_PORT),
                ListenerPolicy.submissions());
        return new SmtpSettings(listeners,
                (int) lookup.number(MAX_CONNECTIONS, spec.getMaxConnections(), 100),
                protocol,
                lookup.tlsDirectory(),
                Duration.ofSeconds(lookup.number(HANDSHAKE_TIMEOUT_SECONDS, null, DEFAULT_HANDSHAKE_TIMEOUT_SECONDS)),
                (int) lookup.number(SCRAM_ITERATIONS, null, SaslMechanisms.DEFAULT_SCRAM_ITERATIONS));
    }

    private static void addIfEnabled(List<ListenerSettings> listeners, String bind, int port, ListenerPolicy policy)
            throws InvalidPropertyException {
        if (port > 65535) {
            throw new InvalidPropertyException(policy.listener() + " port out of range: " + port);
        }
        if (port > 0) {
            listeners.add(new ListenerSettings(bind, port, policy));
        }
    }
}
