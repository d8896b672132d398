package org.flutemail.protocol.imap.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a multipart body at its boundary lines (RFC 2046 section 5.1.1). The line end before a
 * boundary belongs to the boundary, not to the part before it; the preamble and epilogue are not parts.
 */
final class Boundaries {

    private Boundaries() {
    }

    /** The [start, end) ranges of the parts between the delimiters in {@code data[from, to)}. */
    static List<int[]> split(byte[] data, int from, int to, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<int[]> parts = new ArrayList<>();
        int partStart = -1;
        int line = from;
        while (line < to) {
            int lf = HeaderBlock.indexOf(data, line, to, (byte) '\n');
            int next = lf < 0 ? to : lf + 1;
            if (startsWith(data, line, next, delimiter)) {
                int after = line + delimiter.length;
                boolean close = after + 1 < next && data[after] == '-' && data[after + 1] == '-';
                if (close || onlyPadding(data, after, next)) {
                    if (partStart >= 0) {
                        parts.add(new int[] {partStart, lineBreakBefore(data, partStart, line)});
                    }
                    if (close) {
                        return parts;
                    }
                    partStart = next;
                }
            }
            line = next;
        }
        if (partStart >= 0) {
            parts.add(new int[] {partStart, to});
        }
        return parts;
    }

    private static boolean startsWith(byte[] data, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyPadding(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r' && data[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The end of the part before a delimiter line: without the CRLF (or LF) that precedes it. */
    private static int lineBreakBefore(byte[] data, int partStart, int delimiterLine) {
        int end = delimiterLine;
        if (end > partStart && data[end - 1] == '\n') {
            end--;
            if (end > partStart && data[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }
}
