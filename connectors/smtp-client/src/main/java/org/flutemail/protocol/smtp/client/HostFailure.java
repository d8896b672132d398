package org.flutemail.protocol.smtp.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.flutemail.protocol.smtp.client.route.RemoteHost;
import org.flutemail.protocol.smtp.client.transport.TlsFailureException;

/**
 * A host could not finish the dialogue: refused or lost connection, timeout, TLS failure, a 4xx or
 * 421 before any recipient-level answer. The recipients it had not decided move on to the next host;
 * if none is left they fail temporarily with this failure's reply.
 */
final class HostFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SmtpReply reply;
    private final String remoteMta;
    private final boolean tlsFailure;

    private HostFailure(SmtpReply reply, String remoteMta, boolean tlsFailure) {
        super(reply.toString(), null, false, false);
        this.reply = reply;
        this.remoteMta = remoteMta;
        this.tlsFailure = tlsFailure;
    }

    /** The server answered, but not so that the dialogue could go on. */
    static HostFailure answered(RemoteHost host, SmtpReply reply) {
        return new HostFailure(reply, host.name(), false);
    }

    /** Flute gave up on the host for a reason of its own (policy, missing extension). */
    static HostFailure local(String enhancedStatus, String text) {
        return new HostFailure(new SmtpReply(451, enhancedStatus, text), null, false);
    }

    static HostFailure fromIo(RemoteHost host, IOException e) {
        if (e instanceof TlsFailureException) {
            return new HostFailure(new SmtpReply(451, "4.7.5", "TLS with " + host + " failed: " + e.getMessage()), null, true);
        }
        if (e instanceof ConnectException) {
            return local("4.4.1", "cannot connect to " + host + ": " + e.getMessage());
        }
        if (e instanceof SocketTimeoutException) {
            return local("4.4.2", "timed out waiting for " + host);
        }
        return local("4.4.2", "connection with " + host + " failed: " + e.getMessage());
    }

    SmtpReply reply() {
        return reply;
    }

    String remoteMta() {
        return remoteMta;
    }

    boolean isTlsFailure() {
        return tlsFailure;
    }
}
