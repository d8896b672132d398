package org.flutemail.connector.adapter;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import jakarta.resource.spi.InvalidPropertyException;

import org.flutemail.protocol.smtp.session.SmtpConfig;

/**
 * Where one SMTP listener binds and the limits it runs with. Each value comes from, in order: a
 * system property (so an operator or a test can move a port without rebuilding the EAR), the
 * bean's activation config, the default.
 *
 * @param maxConnections connections served at once; more are answered {@code 421 4.7.0} and closed
 */
record SmtpSettings(String bindAddress, int port, int maxConnections, SmtpConfig protocol) {

    static final String BIND = "flute.smtp.bind";
    static final String PORT = "flute.smtp.port";
    static final String HOSTNAME = "flute.hostname";
    static final String MAX_MESSAGE_SIZE = "flute.smtp.maxMessageSize";
    static final String MAX_RECIPIENTS = "flute.smtp.maxRecipients";
    static final String MAX_CONNECTIONS = "flute.smtp.maxConnections";
    static final String MAX_LINE_LENGTH = "flute.smtp.maxLineLength";
    static final String MAX_ERRORS = "flute.smtp.maxErrors";
    static final String MAX_COMMANDS = "flute.smtp.maxCommands";
    static final String IDLE_TIMEOUT_SECONDS = "flute.smtp.idleTimeoutSeconds";
    static final String MEMORY_THRESHOLD = "flute.smtp.memoryThreshold";
    static final String SPOOL_DIR = "flute.smtp.spoolDir";

    static SmtpSettings resolve(SmtpActivationSpec spec, Properties system) throws InvalidPropertyException {
        Lookup lookup = new Lookup(system);
        String hostName = lookup.text(HOSTNAME, spec.getHostName(), null);
        SmtpConfig protocol = SmtpConfig.builder(hostName == null ? localHostName() : hostName)
                .maxMessageSize(lookup.number(MAX_MESSAGE_SIZE, spec.getMaxMessageSize(),
                        SmtpConfig.DEFAULT_MAX_MESSAGE_SIZE))
                .maxRecipients((int) lookup.number(MAX_RECIPIENTS, spec.getMaxRecipients(),
                        SmtpConfig.DEFAULT_MAX_RECIPIENTS))
                .maxCommandLineLength((int) lookup.number(MAX_LINE_LENGTH, null, SmtpConfig.DEFAULT_MAX_COMMAND_LINE))
                .maxErrors((int) lookup.number(MAX_ERRORS, null, SmtpConfig.DEFAULT_MAX_ERRORS))
                .maxCommands((int) lookup.number(MAX_COMMANDS, null, SmtpConfig.DEFAULT_MAX_COMMANDS))
                .idleTimeout(Duration.ofSeconds(lookup.number(IDLE_TIMEOUT_SECONDS, null,
                        SmtpConfig.DEFAULT_IDLE_TIMEOUT.toSeconds())))
                .memoryThreshold((int) lookup.number(MEMORY_THRESHOLD, null, SmtpConfig.DEFAULT_MEMORY_THRESHOLD))
                .spoolDirectory(Path.of(lookup.text(SPOOL_DIR, null, System.getProperty("java.io.tmpdir"))))
                .build();
        return new SmtpSettings(
                lookup.text(BIND, spec.getBindAddress(), "0.0.0.0"),
                (int) lookup.number(PORT, spec.getPort(), 10025),
                (int) lookup.number(MAX_CONNECTIONS, spec.getMaxConnections(), 100),
                protocol);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** System property, else configured value, else default; blank counts as unset. */
    private record Lookup(Properties system) {

        String text(String property, String configured, String fallback) {
            String value = system.getProperty(property);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
            return configured != null && !configured.isBlank() ? configured.strip() : fallback;
        }

        long number(String property, Number configured, long fallback) throws InvalidPropertyException {
            String value = text(property, configured == null ? null : configured.toString(), null);
            if (value == null) {
                return fallback;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InvalidPropertyException(property + " is not a number: " + value);
            }
        }
    }
}
