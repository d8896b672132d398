package org.flutemail.protocol.smtp.session;

/** RFC 3207 STARTTLS: offered while there is a certificate and the connection is not yet encrypted. */
final class StartTlsExtension implements SmtpExtension {

    @Override
    public String ehloLine() {
        return "STARTTLS";
    }

    @Override
    public boolean isOffered(SessionSecurity security) {
        return security.startTlsAvailable();
    }
}
