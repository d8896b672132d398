package org.flutemail.migration.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads lines of bytes, LF or CRLF terminated, without the terminator. */
final class LineReader {

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private boolean lastTerminated = true;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the input. */
    byte[] next() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                lastTerminated = true;
                return withoutCr(line.toByteArray());
            }
            line.write(b);
        }
        if (line.size() == 0) {
            return null;
        }
        lastTerminated = false;
        return withoutCr(line.toByteArray());
    }

    /** Whether the line {@link #next} returned last ended with a line feed (false: the input ended inside it). */
    boolean lastTerminated() {
        return lastTerminated;
    }

    private static byte[] withoutCr(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }

    static boolean startsWith(byte[] line, int offset, String prefix) {
        if (line.length - offset < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[offset + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
