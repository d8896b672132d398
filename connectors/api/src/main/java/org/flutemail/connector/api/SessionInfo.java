package org.flutemail.connector.api;

import java.util.Objects;

/**
 * Facts about the SMTP session a message arrived in, as needed for its trace ({@code Received}) header
 * and later for policy.
 *
 * @param clientAddress the peer's IP address as text
 * @param clientName    what the client said in HELO/EHLO
 * @param serverName    this server's host name as it greeted the client
 * @param protocol      the RFC 3848 "with" keyword: SMTP, ESMTP, ESMTPS, ESMTPA, ESMTPSA
 * @param tlsCipher     the negotiated TLS protocol and cipher, or empty without TLS
 * @param authenticatedUser the SMTP AUTH identity, or empty
 */
public record SessionInfo(
        String clientAddress,
        String clientName,
        String serverName,
        String protocol,
        String tlsCipher,
        String authenticatedUser) {

    public SessionInfo {
        Objects.requireNonNull(clientAddress, "clientAddress");
        clientName = clientName == null ? "" : clientName;
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(protocol, "protocol");
        tlsCipher = tlsCipher == null ? "" : tlsCipher;
        authenticatedUser = authenticatedUser == null ? "" : authenticatedUser;
    }
}
