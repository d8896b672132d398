package org.flutemail.protocol.smtp.session;

import java.util.Optional;

/**
 * RFC 3461 section 4 xtext: printable ASCII except {@code +} and {@code =}, which appear, like any
 * other octet, as {@code +} and two upper-case hex digits. Used by ENVID, ORCPT and AUTH=.
 */
final class Xtext {

    private Xtext() {
    }

    /** The decoded text, or empty when {@code text} is not valid xtext. */
    static Optional<String> decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return Optional.empty();
                }
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 33 || c > 126 || c == '=') {
                return Optional.empty();
            } else {
                out.append(c);
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F';
    }
}
