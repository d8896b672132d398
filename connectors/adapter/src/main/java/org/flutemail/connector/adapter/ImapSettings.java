package org.flutemail.connector.adapter;

import jakarta.resource.spi.InvalidPropertyException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.flutemail.protocol.imap.codec.DecoderLimits;

/**
 * The IMAP ports (cleartext with STARTTLS, and implicit TLS) and what they share. Values come from a
 * system property, else the bean's activation config, else the default (see {@link SettingsLookup});
 * the host name and TLS directory are the SMTP service's.
 *
 * @param idleTimeout how long a client may say nothing: RFC 9051 section 5.4 asks for at least 30 minutes
 */
record ImapSettings(List<Port> ports, int maxConnections, String serverName, boolean plainLoginWithoutTls,
        int maxBadCommands, DecoderLimits limits, Duration idleTimeout, Path tlsDirectory, Duration handshakeTimeout) {

    /** One IMAP port; {@code listener} names it in logs. */
    record Port(String bindAddress, int port, String listener, boolean implicitTls) {
    }

    static final String BIND = "flute.imap.bind";
    static final String PORT = "flute.imap.port";
    static final String IMAPS_BIND = "flute.imaps.bind";
    static final String IMAPS_PORT = "flute.imaps.port";
    static final String PLAIN_AUTH = "flute.imap.allowPlainAuth";
    static final String MAX_CONNECTIONS = "flute.imap.maxConnections";
    static final String MAX_ERRORS = "flute.imap.maxErrors";
    static final String IDLE_TIMEOUT_SECONDS = "flute.imap.idleTimeoutSeconds";
    static final String APPEND_LIMIT = "flute.imap.appendLimit";
    static final String HANDSHAKE_TIMEOUT_SECONDS = "flute.imap.tlsHandshakeTimeoutSeconds";

    static final int DEFAULT_PORT = 10143;
    static final int DEFAULT_IMAPS_PORT = 10993;
    static final int DEFAULT_MAX_CONNECTIONS = 15_000;
    private static final long DEFAULT_IDLE_TIMEOUT_SECONDS = 30 * 60;
    private static final long DEFAULT_HANDSHAKE_TIMEOUT_SECONDS = 30;
    private static final long DEFAULT_MAX_ERRORS = 10;

    static ImapSettings resolve(ImapActivationSpec spec, Properties system) throws InvalidPropertyException {
        SettingsLookup lookup = new SettingsLookup(system);
        String bind = lookup.text(BIND, spec.getBindAddress(), "0.0.0.0");
        List<Port> ports = new ArrayList<>();
        addIfEnabled(ports, new Port(bind, (int) lookup.number(PORT, spec.getPort(), DEFAULT_PORT), "imap", false));
        addIfEnabled(ports, new Port(lookup.text(IMAPS_BIND, null, bind),
                (int) lookup.number(IMAPS_PORT, spec.getImapsPort(), DEFAULT_IMAPS_PORT), "imaps", true));
        DecoderLimits defaults = DecoderLimits.defaults();
        long appendLimit = lookup.number(APPEND_LIMIT, null, defaults.maxLiteralAfterAuth());
        if (appendLimit <= 0 || appendLimit > DecoderLimits.ABSOLUTE_MAX_LITERAL) {
            throw new InvalidPropertyException(APPEND_LIMIT + " must be between 1 and "
                    + DecoderLimits.ABSOLUTE_MAX_LITERAL + ": " + appendLimit);
        }
        DecoderLimits limits = defaults.withLiteralLimits(defaults.maxLiteralBeforeAuth(), appendLimit);
        return new ImapSettings(ports, (int) lookup.number(MAX_CONNECTIONS, spec.getMaxConnections(),
                DEFAULT_MAX_CONNECTIONS), lookup.hostName(spec.getHostName()), lookup.flag(PLAIN_AUTH),
                (int) lookup.number(MAX_ERRORS, null, DEFAULT_MAX_ERRORS), limits,
                Duration.ofSeconds(lookup.number(IDLE_TIMEOUT_SECONDS, null, DEFAULT_IDLE_TIMEOUT_SECONDS)),
                lookup.tlsDirectory(),
                Duration.ofSeconds(lookup.number(HANDSHAKE_TIMEOUT_SECONDS, null, DEFAULT_HANDSHAKE_TIMEOUT_SECONDS)));
    }

    private static void addIfEnabled(List<Port> ports, Port port) throws InvalidPropertyException {
        if (port.port() > 65535) {
            throw new InvalidPropertyException(port.listener() + " port out of range: " + port.port());
        }
        if (port.port() > 0) {
            ports.add(port);
        }
    }
}
