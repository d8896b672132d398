package org.flutemail.protocol.smtp.auth;

import java.nio.charset.StandardCharsets;

/**
 * RFC 4616 PLAIN: one message {@code [authzid] NUL authcid NUL passwd}, UTF-8. Acting as another
 * user (an authzid different from the authcid) is not offered, so such a request fails like a wrong
 * password.
 */
public final class PlainMechanism implements SaslMechanism {

    @Override
    public String name() {
        return "PLAIN";
    }

    @Override
    public SaslExchange start(Authenticator authenticator) {
        return response -> response == null ? SaslStep.challenge(new byte[0]) : check(response, authenticator);
    }

    private static SaslStep check(byte[] message, Authenticator authenticator) {
        String text = new String(message, StandardCharsets.UTF_8);
        String[] parts = text.split("\0", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            return new SaslStep.Malformed("PLAIN needs authzid NUL authcid NUL password");
        }
        if (!parts[0].isEmpty() && !parts[0].equals(parts[1])) {
            return SaslStep.failed();
        }
        return new SaslStep.Done(authenticator.checkPassword(parts[1], parts[2]));
    }
}
