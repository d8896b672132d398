package org.flutemail.it.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What the server prepends to a stored message, and how to take it off again. */
public final class StoredMessage {

    private StoredMessage() {
    }

    /**
     * Removes the {@code Received:} header that the server puts first, including its folded
     * continuation lines, and returns the rest: the bytes the client sent. Fails the test if the
     * stored message does not start with a Received header.
     */
    public static byte[] withoutLeadingReceived(byte[] stored) {
        if (!startsWithIgnoringCase(stored, "Received:")) {
            throw new AssertionError("The stored message does not start with a Received header: "
                    + preview(stored));
        }
        int position = 0;
        do {
            position = endOfLine(stored, position);
        } while (position < stored.length && (stored[position] == ' ' || stored[position] == '\t'));
        return Arrays.copyOfRange(stored, position, stored.length);
    }

    /** The stored Received header (unfolded lines kept as they are). */
    public static String leadingReceived(byte[] stored) {
        byte[] rest = withoutLeadingReceived(stored);
        return new String(stored, 0, stored.length - rest.length, StandardCharsets.UTF_8);
    }

    private static int endOfLine(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i + 2;
            }
        }
        throw new AssertionError("The stored Received header does not end with CRLF: " + preview(bytes));
    }

    private static boolean startsWithIgnoringCase(byte[] bytes, String prefix) {
        return bytes.length >= prefix.length()
                && new String(bytes, 0, prefix.length(), StandardCharsets.ISO_8859_1).equalsIgnoreCase(prefix);
    }

    private static String preview(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
    }
}
