package org.flutemail.protocol.smtp.client.transport;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3461 section 4 xtext: the encoding of ENVID and ORCPT values, where '+', '=' and anything
 * outside printable ASCII become {@code +XX}.
 */
public final class Xtext {

    private Xtext() {
    }

    public static String encode(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= '!' && c <= '~' && c != '+' && c != '=') {
                encoded.append((char) c);
            } else {
                encoded.append('+').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
