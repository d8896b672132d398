package org.flutemail.connector.adapter;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import org.flutemail.connector.api.SmtpListener;
import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.session.ListenerPolicy;
import org.flutemail.protocol.smtp.session.SmtpConfig;

/**
 * Everything a connection of one listener starts from; built once per listener and shared.
 *
 * @param tls the server's TLS context as of now, empty when no certificate can be loaded
 */
record ConnectionSetup(SmtpConfig protocol, ListenerPolicy policy, SaslMechanisms mechanisms,
        Supplier<Optional<SSLContext>> tls, Duration handshakeTimeout, SmtpListener store) {
}
