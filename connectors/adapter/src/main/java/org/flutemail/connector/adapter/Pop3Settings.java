package org.flutemail.connector.adapter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.resource.spi.InvalidPropertyException;

import org.flutemail.protocol.pop3.session.Pop3Config;
import org.flutemail.protocol.pop3.session.Pop3Policy;

/**
 * The POP3 ports (cleartext with STLS, and implicit TLS) and what they share. Values come from a
 * system property, else the bean's activation config, else the default (see {@link SettingsLookup});
 * the host name and TLS directory are the SMTP service's ({@code flute.hostname}, {@code flute.tls.dir}).
 *
 * @param ports          the enabled ports
 * @param maxConnections connections served at once per port
 */
record Pop3Settings(List<Port> ports, int maxConnections, Pop3Config protocol, Path tlsDirectory,
        Duration handshakeTimeout) {

    /** One POP3 port and its rules; the policy says TLS is available, each connection narrows that. */
    record Port(String bindAddress, int port, Pop3Policy policy) {
    }

    static final String BIND = "flute.pop3.bind";
    static final String PORT = "flute.pop3.port";
    static final String POP3S_BIND = "flute.pop3s.bind";
    static final String POP3S_PORT = "flute.pop3s.port";
    static final String PLAIN_AUTH = "flute.pop3.allowPlainAuth";
    static final String MAX_CONNECTIONS = "flute.pop3.maxConnections";
    static final String MAX_ERRORS = "flute.pop3.maxErrors";
    static final String IDLE_TIMEOUT_SECONDS = "flute.pop3.idleTimeoutSeconds";
    static final String HANDSHAKE_TIMEOUT_SECONDS = "flute.pop3.tlsHandshakeTimeoutSeconds";

    static final int DEFAULT_PORT = 10110;
    static final int DEFAULT_POP3S_PORT = 10995;
    private static final long DEFAULT_HANDSHAKE_TIMEOUT_SECONDS = 30;

    static Pop3Settings resolve(Pop3ActivationSpec spec, Properties system) throws InvalidPropertyException {
        SettingsLookup lookup = new SettingsLookup(system);
        Pop3Config protocol = new Pop3Config(lookup.hostName(spec.getHostName()),
                (int) lookup.number(MAX_ERRORS, null, Pop3Config.DEFAULT_MAX_BAD_COMMANDS),
                Duration.ofSeconds(lookup.number(IDLE_TIMEOUT_SECONDS, null,
                        Pop3Config.DEFAULT_IDLE_TIMEOUT.toSeconds())),
                Pop3Config.DEFAULT_SASL_LINE_LIMIT);
        String bind = lookup.text(BIND, spec.getBindAddress(), "0.0.0.0");
        List<Port> ports = new ArrayList<>();
        addIfEnabled(ports, bind, (int) lookup.number(PORT, spec.getPort(), DEFAULT_PORT),
                Pop3Policy.cleartext(true, lookup.flag(PLAIN_AUTH)));
        addIfEnabled(ports, lookup.text(POP3S_BIND, null, bind),
                (int) lookup.number(POP3S_PORT, spec.getPop3sPort(), DEFAULT_POP3S_PORT), Pop3Policy.implicit());
        return new Pop3Settings(ports, (int) lookup.number(MAX_CONNECTIONS, spec.getMaxConnections(), 100), protocol,
                lookup.tlsDirectory(),
                Duration.ofSeconds(lookup.number(HANDSHAKE_TIMEOUT_SECONDS, null, DEFAULT_HANDSHAKE_TIMEOUT_SECONDS)));
    }

    private static void addIfEnabled(List<Port> ports, String bind, int port, Pop3Policy policy)
            throws InvalidPropertyException {
        if (port > 65535) {
            throw new InvalidPropertyException(policy.listener() + " port out of range: " + port);
        }
        if (port > 0) {
            ports.add(new Port(bind, port, policy));
        }
    }
}
