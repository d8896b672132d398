package org.flutemail.protocol.smtp.client;

/** How a connection uses TLS. */
public enum TlsMode {
    /** Never, even when offered: for test networks only. */
    NONE,
    /**
     * STARTTLS when the server offers it, plain text otherwise (RFC 3207, RFC 7435). The default for
     * delivery to MX hosts, where certificates are not verified: nothing says which name to expect.
     */
    OPPORTUNISTIC,
    /** STARTTLS or give up on the host: for smart hosts that take passwords. */
    STARTTLS_REQUIRED,
    /** TLS from the first byte (RFC 8314, port 465): for smart hosts. */
    IMPLICIT
}
