package org.flutemail.connector.adapter;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

/**
 * What one listening port speaks and how its connections start: built once per port and shared by its
 * connections. {@link PortServer} and {@link ConnectionWork} need nothing else from the protocol.
 */
interface PortProtocol {

    /** For log lines, e.g. "SMTP MX" or "POP3 pop3s". */
    String name();

    String serverName();

    /** TLS from the first octet. */
    boolean implicitTls();

    /** The server's TLS context as of now, empty when no certificate can be loaded. */
    Supplier<Optional<SSLContext>> tls();

    Duration idleTimeout();

    Duration handshakeTimeout();

    /** A new session for {@code clientAddress}; {@code tlsAvailable} says whether a certificate is loaded now. */
    Conversation open(String clientAddress, boolean tlsAvailable);

    /** The line to send (CRLF included) when the port already serves as many connections as it may. */
    String tooManyConnections();

    /** The line to send when the WorkManager has no thread for the connection. */
    String busy();

    /** Connections one client address may have open at once; 0 for no limit of its own. */
    default int maxConnectionsPerClient() {
        return 0;
    }

    /** The line to send (CRLF included) when the client's address already has as many as it may. */
    default String tooManyFromClient() {
        return tooManyConnections();
    }
}
