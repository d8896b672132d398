package org.flutemail.protocol.smtp.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.flutemail.protocol.smtp.client.route.RemoteHost;
import org.flutemail.protocol.smtp.client.transport.SmtpConnection;

/**
 * AUTH PLAIN or, when that is not offered, AUTH LOGIN (RFC 4954) at a smart host. A refused login is
 * a host failure (temporary), not a bounce: wrong credentials are Flute's configuration mistake, and
 * the sender's mail should wait until an administrator fixes it.
 */
final class Authenticator {

    private final SmtpCredentials credentials;
    private final Duration timeout;

    Authenticator(SmtpCredentials credentials, Duration timeout) {
        this.credentials = credentials;
        this.timeout = timeout;
    }

    void authenticate(SmtpConnection connection, Set<String> mechanisms, RemoteHost host)
            throws IOException, HostFailure {
        SmtpReply reply;
        if (mechanisms.contains("PLAIN")) {
            String token = "\0" + credentials.username() + "\0" + credentials.password();
            reply = send(connection, "AUTH PLAIN " + base64(token));
        } else if (mechanisms.contains("LOGIN")) {
            reply = send(connection, "AUTH LOGIN");
            if (reply.code() == 334) {
                reply = send(connection, base64(credentials.username()));
            }
            if (reply.code() == 334) {
                reply = send(connection, base64(credentials.password()));
            }
        } else {
            throw HostFailure.local("4.7.0", host + " offers no AUTH mechanism Flute speaks: " + mechanisms);
        }
        if (reply.code() != 235) {
            throw HostFailure.answered(host, reply);
        }
    }

    private SmtpReply send(SmtpConnection connection, String line) throws IOException {
        connection.write(line);
        connection.flush();
        return Replies.from(connection.readReply(timeout));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
