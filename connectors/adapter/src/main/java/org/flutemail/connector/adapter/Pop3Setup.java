package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import org.flutemail.connector.api.Pop3Listener;
import org.flutemail.protocol.pop3.Pop3Connection;
import org.flutemail.protocol.pop3.session.Pop3Config;
import org.flutemail.protocol.pop3.session.Pop3Policy;

/** Everything a connection of one POP3 port starts from; built once per port and shared. */
record Pop3Setup(Pop3Config protocol, Pop3Policy policy, Supplier<Optional<SSLContext>> tls,
        Duration handshakeTimeout, Pop3Listener store) implements PortProtocol {

    @Override
    public String name() {
        return "POP3 " + policy.listener();
    }

    @Override
    public String serverName() {
        return protocol.serverName();
    }

    @Override
    public boolean implicitTls() {
        return policy.implicitTls();
    }

    @Override
    public Duration idleTimeout() {
        return protocol.idleTimeout();
    }

    @Override
    public Conversation open(String clientAddress, boolean tlsAvailable) {
        return new Pop3Conversation(new Pop3Connection(protocol, policy.withTlsAvailable(tlsAvailable), store,
                clientAddress));
    }

    @Override
    public String tooManyConnections() {
        return "-ERR [SYS/TEMP] " + serverName() + " too many connections, try later\r\n";
    }

    @Override
    public String busy() {
        return "-ERR [SYS/TEMP] " + serverName() + " service busy, try later\r\n";
    }

    /** A POP3 session as a {@link Conversation}. */
    private record Pop3Conversation(Pop3Connection connection) implements Conversation {

        @Override
        public void greet(OutputStream out) throws IOException {
            connection.greet(out);
        }

        @Override
        public boolean receive(byte[] bytes, int offset, int length, OutputStream out) throws IOException {
            return connection.receive(bytes, offset, length, out);
        }

        @Override
        public void tlsEstablished(String description) {
            connection.tlsEstablished(description);
        }

        @Override
        public void idleTimeout(OutputStream out) throws IOException {
            connection.idleTimeout(out);
        }

        @Override
        public boolean isClosing() {
            return connection.isClosing();
        }

        @Override
        public String summary() {
            return connection.summary();
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
