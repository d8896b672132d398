package org.flutemail.connector.adapter;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import org.flutemail.connector.api.SmtpListener;
import org.flutemail.protocol.smtp.SmtpConnection;
import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.session.ListenerPolicy;
import org.flutemail.protocol.smtp.session.SmtpConfig;

/**
 * Everything a connection of one SMTP listener starts from; built once per listener and shared.
 *
 * @param protocol as configured when the listener started
 * @param limits   what the application pushed since, applied to each new connection
 * @param tls      the server's TLS context as of now, empty when no certificate can be loaded
 */
record SmtpSetup(SmtpConfig protocol, SmtpLimits limits, ListenerPolicy policy, SaslMechanisms mechanisms,
        Supplier<Optional<SSLContext>> tls, Duration handshakeTimeout, SmtpListener store) implements PortProtocol {

    @Override
    public String name() {
        return "SMTP " + policy.listener();
    }

    @Override
    public String serverName() {
        return limits.applyTo(protocol).serverName();
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
        return new SmtpConversation(new SmtpConnection(limits.applyTo(protocol), policy.withTlsAvailable(tlsAvailable), mechanisms,
                store, limits.rates(), clientAddress, Clock.systemUTC()));
    }

    @Override
    public String tooManyConnections() {
        return "421 4.7.0 " + serverName() + " Error: too many connections\r\n";
    }

    @Override
    public int maxConnectionsPerClient() {
        return limits.getMaxConnectionsPerClient();
    }

    @Override
    public String tooManyFromClient() {
        return "421 4.7.0 " + serverName() + " Error: too many connections from your address, try later\r\n";
    }

    @Override
    public String busy() {
        return "421 4.3.2 " + serverName() + " Error: service busy, try later\r\n";
    }
}
