package org.flutemail.protocol.smtp.session;

import org.flutemail.connector.api.SessionInfo;

/**
 * What the session has learnt about its client and connection: the EHLO name, TLS, the authenticated
 * user. A TLS handshake wipes everything learnt before it (RFC 3207 section 4.2), since it was said
 * in the clear and could have been injected.
 */
final class SessionFacts {

    private final String clientAddress;
    private final String serverName;
    private final ListenerPolicy policy;
    private String clientName = "";
    private boolean extended;
    private String tlsCipher = "";
    private String authenticatedUser = "";

    SessionFacts(String clientAddress, String serverName, ListenerPolicy policy) {
        this.clientAddress = clientAddress;
        this.serverName = serverName;
        this.policy = policy;
    }

    void greeted(String name, boolean ehlo) {
        clientName = name;
        extended = ehlo;
    }

    void tlsEstablished(String description) {
        clientName = "";
        extended = false;
        authenticatedUser = "";
        tlsCipher = description == null || description.isBlank() ? "TLS" : description;
    }

    void authenticated(String identity) {
        authenticatedUser = identity;
    }

    ListenerPolicy policy() {
        return policy;
    }

    String clientName() {
        return clientName;
    }

    String clientAddress() {
        return clientAddress;
    }

    /** Empty before a successful AUTH. */
    String authenticatedUser() {
        return authenticatedUser;
    }

    boolean isExtended() {
        return extended;
    }

    boolean isTlsActive() {
        return !tlsCipher.isEmpty();
    }

    boolean isAuthenticated() {
        return !authenticatedUser.isEmpty();
    }

    boolean isStartTlsAvailable() {
        return policy.tlsAvailable() && !policy.implicitTls() && !isTlsActive();
    }

    /** Passwords travel only inside TLS, unless the operator allowed otherwise for this listener. */
    boolean isAuthAvailable() {
        return isTlsActive() || policy.plainAuthAllowed();
    }

    SessionSecurity security() {
        return new SessionSecurity(isTlsActive(), isStartTlsAvailable(), isAuthAvailable());
    }

    SessionInfo info() {
        return info(false);
    }

    /** @param utf8 the transaction used SMTPUTF8, which RFC 6531 section 3.7.4 records as UTF8SMTP… */
    SessionInfo info(boolean utf8) {
        String protocol = protocol();
        if (utf8 && protocol.startsWith("ESMTP")) {
            protocol = "UTF8SMTP" + protocol.substring(5);
        }
        return new SessionInfo(clientAddress, clientName, serverName, protocol, tlsCipher, authenticatedUser,
                policy.listener());
    }

    /** The RFC 3848 "with" keyword: ESMTP, plus S for TLS and A for AUTH. */
    private String protocol() {
        if (!extended) {
            return "SMTP";
        }
        return "ESMTP" + (isTlsActive() ? "S" : "") + (isAuthenticated() ? "A" : "");
    }
}
