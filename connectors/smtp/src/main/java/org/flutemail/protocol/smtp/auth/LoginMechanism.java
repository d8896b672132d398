package org.flutemail.protocol.smtp.auth;

import java.nio.charset.StandardCharsets;

/**
 * LOGIN (draft-murchison-sasl-login): the server asks {@code Username:} then {@code Password:}.
 * Obsolete but still what many clients (Outlook among them) use; only ever offered where PLAIN is.
 * An initial response is taken as the user name.
 */
public final class LoginMechanism implements SaslMechanism {

    private static final byte[] USERNAME = "Username:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PASSWORD = "Password:".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String name() {
        return "LOGIN";
    }

    @Override
    public SaslExchange start(Authenticator authenticator) {
        return new Exchange(authenticator);
    }

    private static final class Exchange implements SaslExchange {
        private final Authenticator authenticator;
        private boolean askedForUser;
        private String user;

        Exchange(Authenticator authenticator) {
            this.authenticator = authenticator;
        }

        @Override
        public SaslStep respond(byte[] response) {
            if (user == null) {
                if (response == null && !askedForUser) {
                    askedForUser = true;
                    return SaslStep.challenge(USERNAME);
                }
                user = new String(response == null ? new byte[0] : response, StandardCharsets.UTF_8);
                return SaslStep.challenge(PASSWORD);
            }
            return new SaslStep.Done(authenticator.checkPassword(user,
                    new String(response == null ? new byte[0] : response, StandardCharsets.UTF_8)));
        }
    }
}
