package org.flutemail.protocol.pop3.session;

/**
 * The rules of one POP3 port.
 *
 * @param implicitTls    TLS from the first octet (POP3S, RFC 8314); STLS is then not offered
 * @param tlsAvailable   a certificate is loaded, so STLS can be offered
 * @param allowPlainAuth passwords may be sent before TLS (USER/PASS, AUTH PLAIN); off by default,
 *                       as RFC 8314 section 3.3 recommends
 */
public record Pop3Policy(boolean implicitTls, boolean tlsAvailable, boolean allowPlainAuth) {

    /** The cleartext port: STLS when a certificate is loaded, passwords only after it. */
    public static Pop3Policy cleartext(boolean tlsAvailable, boolean allowPlainAuth) {
        return new Pop3Policy(false, tlsAvailable, allowPlainAuth);
    }

    /** The implicit-TLS port. */
    public static Pop3Policy implicit() {
        return new Pop3Policy(true, true, false);
    }

    public Pop3Policy withTlsAvailable(boolean available) {
        return new Pop3Policy(implicitTls, available, allowPlainAuth);
    }

    public String listener() {
        return implicitTls ? "pop3s" : "pop3";
    }
}
