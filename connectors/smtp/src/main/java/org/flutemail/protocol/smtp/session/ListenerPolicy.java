package org.flutemail.protocol.smtp.session;

import java.util.Objects;

import org.flutemail.connector.api.SessionInfo.Listener;

/**
 * The rules of the port a client connected to. MX takes mail from other servers, so AUTH is
 * optional; submission (RFC 6409) takes mail from users, so AUTH comes before MAIL; implicit-TLS
 * submission (RFC 8314) is submission with TLS from the first octet. Passwords go only over TLS unless
 * an operator explicitly allows otherwise.
 *
 * @param tlsAvailable     whether a certificate is loaded, so STARTTLS (or implicit TLS) can work
 * @param implicitTls      TLS is set up by the transport before the greeting; STARTTLS is not offered
 * @param authRequired     MAIL is refused with {@code 530 5.7.0} until the client has authenticated
 * @param plainAuthAllowed AUTH is offered before TLS too (otherwise {@code 538 5.7.11})
 */
public record ListenerPolicy(Listener listener, boolean tlsAvailable, boolean implicitTls, boolean authRequired,
        boolean plainAuthAllowed) {

    public ListenerPolicy {
        Objects.requireNonNull(listener, "listener");
    }

    public static ListenerPolicy mx(boolean tlsAvailable, boolean plainAuthAllowed) {
        return new ListenerPolicy(Listener.MX, tlsAvailable, false, false, plainAuthAllowed);
    }

    public static ListenerPolicy submission(boolean tlsAvailable, boolean plainAuthAllowed) {
        return new ListenerPolicy(Listener.SUBMISSION, tlsAvailable, false, true, plainAuthAllowed);
    }

    public static ListenerPolicy submissions() {
        return new ListenerPolicy(Listener.SUBMISSIONS, true, true, true, false);
    }

    /** The same rules with TLS as available as the certificate is right now. */
    public ListenerPolicy withTlsAvailable(boolean available) {
        return new ListenerPolicy(listener, available, implicitTls, authRequired, plainAuthAllowed);
    }
}
