package org.flutemail.dkim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a message's header section and leaves the stream at the first octet of the body. Lines may end
 * in CRLF or a bare LF (both are returned as CRLF-folded fields); the section is bounded so that a
 * message with no end to its header cannot take the server's memory.
 */
public final class HeaderReader {

    /** Far more than any honest header section; the limit is for hostile input. */
    public static final int MAX_HEADER_OCTETS = 1 << 20;

    private HeaderReader() {
    }

    /**
     * @param in a buffered stream: it is read one octet at a time
     * @throws IOException also when the header section is longer than {@link #MAX_HEADER_OCTETS}
     */
    public static List<HeaderField> read(InputStream in) throws IOException {
        List<HeaderField> fields = new ArrayList<>();
        StringBuilder current = null;
        int total = 0;
        while (true) {
            String line = readLine(in);
            if (line == null || line.isEmpty()) {
                break;
            }
            total += line.length() + 2;
            if (total > MAX_HEADER_OCTETS) {
                throw new HeaderTooLargeException("the header section is longer than " + MAX_HEADER_OCTETS + " octets");
            }
            boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
            if (continuation && current != null) {
                current.append("\r\n").append(line);
                continue;
            }
            add(fields, current);
            current = new StringBuilder(line);
        }
        add(fields, current);
        return fields;
    }

    private static void add(List<HeaderField> fields, StringBuilder field) {
        if (field == null) {
            return;
        }
        String raw = field.toString();
        int colon = raw.indexOf(':');
        if (colon > 0) {
            // A line without a colon is no header field; it cannot be signed or verified, so it is skipped.
            fields.add(new HeaderField(raw.substring(0, colon).strip(), raw));
        }
    }

    /** One line without its line end, as ISO-8859-1; null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return stripCr(line);
            }
            line.write(b);
            if (line.size() > MAX_HEADER_OCTETS) {
                throw new HeaderTooLargeException("a header line is longer than " + MAX_HEADER_OCTETS + " octets");
            }
        }
        return line.size() == 0 ? null : stripCr(line);
    }

    private static String stripCr(ByteArrayOutputStream line) {
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
