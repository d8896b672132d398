package org.flutemail.connector.api;

import java.util.Objects;

/**
 * Facts about the SMTP session a call comes from, as needed for policy (relaying, sender ownership)
 * and for the message's trace ({@code Received}) header.
 *
 * @param clientAddress     the peer's IP address as text
 * @param clientName        what the client said in HELO/EHLO, empty before that
 * @param serverName        this server's host name as it greeted the client
 * @param protocol          the RFC 3848 "with" keyword: SMTP, ESMTP, ESMTPS, ESMTPA, ESMTPSA
 * @param tlsCipher         the negotiated TLS protocol and cipher, or empty without TLS
 * @param authenticatedUser the SMTP AUTH identity (canonical account address), or empty
 * @param listener          which listener the client connected to
 */
public record SessionInfo(
        String clientAddress,
        String clientName,
        String serverName,
        String protocol,
        String tlsCipher,
        String authenticatedUser,
        Listener listener) {

    /** The three SMTP listeners (RFC 5321 relay/MX, RFC 6409 submission, RFC 8314 implicit TLS). */
    public enum Listener {
        /** Port 25: mail from other servers for local domains; AUTH optional. */
        MX,
        /** Port 587: mail from users; AUTH required before MAIL. */
        SUBMISSION,
        /** Port 465: submission over implicit TLS. */
        SUBMISSIONS
    }

    public SessionInfo {
        Objects.requireNonNull(clientAddress, "clientAddress");
        clientName = clientName == null ? "" : clientName;
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(protocol, "protocol");
        tlsCipher = tlsCipher == null ? "" : tlsCipher;
        authenticatedUser = authenticatedUser == null ? "" : authenticatedUser;
        Objects.requireNonNull(listener, "listener");
    }

    public boolean isAuthenticated() {
        return !authenticatedUser.isEmpty();
    }

    public boolean isTls() {
        return !tlsCipher.isEmpty();
    }
}
