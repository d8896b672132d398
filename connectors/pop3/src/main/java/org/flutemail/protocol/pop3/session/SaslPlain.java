package org.flutemail.protocol.pop3.session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The SASL PLAIN message (RFC 4616): {@code [authzid] NUL authcid NUL passwd}, base64-encoded on the
 * wire. Acting for another user (an authorization identity other than the login) is not supported.
 */
record SaslPlain(String user, String password) {

    /** The decoded credentials, or empty when the response is not valid base64 PLAIN for oneself. */
    static Optional<SaslPlain> decode(String base64) {
        byte[] raw;
        try {
            raw = base64.equals("=") ? new byte[0] : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] parts = new String(raw, StandardCharsets.UTF_8).split("\u0000", -1);
        if (parts.length != 3 || parts[1].isEmpty() || !(parts[0].isEmpty() || parts[0].equals(parts[1]))) {
            return Optional.empty();
        }
        return Optional.of(new SaslPlain(parts[1], parts[2]));
    }
}
