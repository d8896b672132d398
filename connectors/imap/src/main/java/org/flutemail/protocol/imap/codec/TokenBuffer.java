package org.flutemail.protocol.imap.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The octets of the token being read. Grows on demand rather than by the announced size, so a client
 * that announces a large literal and sends nothing costs nothing.
 */
final class TokenBuffer {

    private byte[] bytes = new byte[64];
    private int length;

    void append(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = b;
    }

    void append(byte[] source, int offset, int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
        if (bytes.length > 4096) {
            bytes = new byte[64]; // do not keep a large literal's array for the rest of the connection
        }
    }

    /** ASCII text; callers have already allowed only ASCII. */
    String ascii() {
        return new String(bytes, 0, length, StandardCharsets.US_ASCII);
    }

    /** Strict UTF-8: malformed input is an error, not a replacement character. */
    String utf8() throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length))
                .toString();
    }

    byte[] copy() {
        return Arrays.copyOf(bytes, length);
    }
}
