package org.flutemail.protocol.pop3.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts the client's bytes into lines, whatever way the network splits them. {@link #feed} consumes
 * bytes only up to the end of the first complete line, so the caller can act on each line before the
 * next is looked at (after STLS the rest of the buffer must be thrown away, RFC 2595 section 4).
 *
 * <p>A line ends with CRLF; a bare LF is taken as a line end too (POP3 commands carry no content that
 * could be smuggled). A line longer than the limit (RFC 2449: 255 octets for a command, without the
 * CRLF) is skipped to its end and reported once as too long, so memory stays bounded.
 */
public final class Pop3LineDecoder {

    /** RFC 2449 section 4: a command line, CRLF excluded. */
    public static final int COMMAND_LIMIT = 255;

    private byte[] buffer = new byte[64];
    private int length;
    private int limit;
    private boolean skipping;
    private Pop3Line ready;

    public Pop3LineDecoder() {
        this(COMMAND_LIMIT);
    }

    public Pop3LineDecoder(int limit) {
        this.limit = limit;
    }

    /** Changes the limit for the next lines (a SASL response may be longer than a command). */
    public void limit(int octets) {
        this.limit = octets;
    }

    /**
     * Reads from {@code bytes} until a line is complete or the input is used up.
     *
     * @return how many bytes were consumed; when a line is complete, {@link #lineReady()} says so
     */
    public int feed(byte[] bytes, int offset, int count) {
        if (ready != null) {
            throw new IllegalStateException("take the ready line first");
        }
        for (int i = 0; i < count; i++) {
            byte b = bytes[offset + i];
            if (b == '\n') {
                finishLine();
                return i + 1;
            }
            append(b);
        }
        return count;
    }

    public boolean lineReady() {
        return ready != null;
    }

    /** The complete line; null when none is ready. */
    public Pop3Line takeLine() {
        Pop3Line line = ready;
        ready = null;
        return line;
    }

    /** Forgets a partial line (after TLS starts, nothing read before it may count). */
    public void reset() {
        length = 0;
        skipping = false;
        ready = null;
    }

    private void append(byte b) {
        if (skipping) {
            return;
        }
        // One octet over the limit is allowed for the CR of the CRLF.
        if (length > limit) {
            skipping = true;
            return;
        }
        if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, limit + 1));
        }
        buffer[length++] = b;
    }

    private void finishLine() {
        int end = length;
        if (end > 0 && buffer[end - 1] == '\r') {
            end--;
        }
        ready = skipping || end > limit ? Pop3Line.overlong()
                : new Pop3Line(new String(buffer, 0, end, StandardCharsets.UTF_8), false);
        length = 0;
        skipping = false;
    }
}
