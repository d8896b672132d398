package org.flutemail.fetch;

import org.flutemail.domain.FetchProtocol;
import org.flutemail.domain.FetchTlsMode;

/**
 * Where and as whom to log in to an outside mailbox.
 *
 * @param pinnedSha256 the expected SHA-256 fingerprint of the server's certificate (lower-case hex),
 *                     or null to trust the JVM's trust store and check the host name
 */
public record RemoteEndpoint(FetchProtocol protocol, String host, int port, FetchTlsMode tls, String pinnedSha256,
        String user, String password) {

    /** Without the password, which must not reach a log. */
    @Override
    public String toString() {
        return protocol + " " + user + "@" + host + ":" + port + " (" + tls + ")";
    }
}
