package org.flutemail.it.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What the server prepends to a stored message, and how to take it off again. */
public final class StoredMessage {

    private StoredMessage() {
    }

    /** Header fields the server may put above its Received header: results of its checks, its signatures. */
    private static final List<String> ADDED_ABOVE_RECEIVED = List.of("authentication-results:", "dkim-signature:");

    /**
     * Removes what the server prepends (its {@code Received:} header, and above it only the fields it
     * adds itself: Authentication-Results, DKIM-Signature), with their folded continuation lines, and
     * returns the rest: the bytes the client sent. Fails the test if there is no such Received header
     * or anything else stands before it.
     */
    public static byte[] withoutLeadingReceived(byte[] stored) {
        return Arrays.copyOfRange(stored, endOfServerHeaders(stored), stored.length);
    }

    /** The stored Received header (unfolded lines kept as they are). */
    public static String leadingReceived(byte[] stored) {
        int end = endOfServerHeaders(stored);
        int start = 0;
        while (!startsWithIgnoringCase(stored, start, "Received:")) {
            start = endOfField(stored, start);
        }
        return new String(stored, start, end - start, StandardCharsets.UTF_8);
    }

    private static int endOfServerHeaders(byte[] stored) {
        int position = 0;
        while (!startsWithIgnoringCase(stored, position, "Received:")) {
            int at = position;
            if (ADDED_ABOVE_RECEIVED.stream().noneMatch(name -> startsWithIgnoringCase(stored, at, name))) {
                throw new AssertionError("The stored message does not start with the server's Received header "
                        + "(only Authentication-Results or DKIM-Signature may stand above it): " + preview(stored));
            }
            position = endOfField(stored, position);
        }
        return endOfField(stored, position);
    }

    private static int endOfField(byte[] bytes, int start) {
        int position = start;
        do {
            position = endOfLine(bytes, position);
        } while (position < bytes.length && (bytes[position] == ' ' || bytes[position] == '\t'));
        return position;
    }

    private static int endOfLine(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i + 2;
            }
        }
        throw new AssertionError("A header the server added does not end with CRLF: " + preview(bytes));
    }

    private static boolean startsWithIgnoringCase(byte[] bytes, int from, String prefix) {
        return bytes.length - from >= prefix.length()
                && new String(bytes, from, prefix.length(), StandardCharsets.ISO_8859_1).equalsIgnoreCase(prefix);
    }

    private static String preview(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
    }
}
