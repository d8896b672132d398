package org.flutemail.protocol.smtp.client.dsn;

import java.util.Arrays;

/** The header section of a message: everything up to and including the first empty line's CRLF. */
final class OriginalHeaders {

    private OriginalHeaders() {
    }

    static byte[] of(byte[] message) {
        for (int i = 0; i + 3 < message.length; i++) {
            if (message[i] == '\r' && message[i + 1] == '\n' && message[i + 2] == '\r' && message[i + 3] == '\n') {
                return Arrays.copyOf(message, i + 2);
            }
        }
        return message; // no body: the whole message is header section
    }
}
