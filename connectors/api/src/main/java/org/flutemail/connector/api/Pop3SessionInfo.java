package org.flutemail.connector.api;

import java.util.Objects;

/**
 * Facts about the POP3 session a call comes from, for logs and throttling.
 *
 * @param clientAddress the peer's IP address as text
 * @param serverName    this server's host name as it greeted the client
 * @param tlsCipher     the negotiated TLS protocol and cipher, or empty without TLS
 * @param implicitTls   whether the client connected to the implicit-TLS port (POP3S, RFC 8314)
 */
public record Pop3SessionInfo(String clientAddress, String serverName, String tlsCipher, boolean implicitTls) {

    public Pop3SessionInfo {
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(serverName, "serverName");
        tlsCipher = tlsCipher == null ? "" : tlsCipher;
    }

    public boolean isTls() {
        return !tlsCipher.isEmpty();
    }
}
