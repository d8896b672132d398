package org.flutemail.protocol.pop3.session;

import java.time.Duration;
import java.util.Objects;

/**
 * What every POP3 session of a server shares.
 *
 * @param serverName     the host name in the greeting
 * @param maxBadCommands unknown, malformed or refused commands (and failed logins) before the server
 *                       closes the connection
 * @param idleTimeout    how long a silent client is kept; RFC 1939 section 3 asks for at least ten minutes
 * @param saslLineLimit  the longest SASL response line, CRLF excluded (commands stay at 255 octets)
 */
public record Pop3Config(String serverName, int maxBadCommands, Duration idleTimeout, int saslLineLimit) {

    public static final int DEFAULT_MAX_BAD_COMMANDS = 10;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    public static final int DEFAULT_SASL_LINE_LIMIT = 4096;

    public Pop3Config {
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (maxBadCommands < 1 || saslLineLimit < 255) {
            throw new IllegalArgumentException("limits too small");
        }
    }

    public static Pop3Config defaults(String serverName) {
        return new Pop3Config(serverName, DEFAULT_MAX_BAD_COMMANDS, DEFAULT_IDLE_TIMEOUT, DEFAULT_SASL_LINE_LIMIT);
    }
}
