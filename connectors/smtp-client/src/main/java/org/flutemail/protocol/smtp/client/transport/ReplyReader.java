package org.flutemail.protocol.smtp.client.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads replies ({@code 250-first}, ..., {@code 250 last}) with its own buffer, so that it can tell
 * whether the server sent anything beyond a reply; that matters before STARTTLS, where extra bytes are
 * an injection attempt (CVE-2011-0411 style) and must not be carried into the TLS session.
 * Lines and line counts are bounded so that a hostile server cannot exhaust memory.
 */
final class ReplyReader {

    static final int MAX_LINE = 4096;
    static final int MAX_LINES = 200;

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    ReplyReader(InputStream in) {
        this.in = in;
    }

    RawReply read() throws IOException {
        List<String> lines = new ArrayList<>();
        int code = -1;
        while (true) {
            String line = readLine();
            if (line.length() < 3 || !isCode(line) || line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-') {
                throw new SmtpProtocolException("malformed reply line: " + printable(line));
            }
            int lineCode = Integer.parseInt(line.substring(0, 3));
            if (code != -1 && lineCode != code) {
                throw new SmtpProtocolException("reply code changed inside a multi-line reply: " + printable(line));
            }
            code = lineCode;
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) == ' ') {
                return new RawReply(code, lines);
            }
            if (lines.size() >= MAX_LINES) {
                throw new SmtpProtocolException("reply longer than " + MAX_LINES + " lines");
            }
        }
    }

    /** Whether bytes the server sent are waiting unread in the buffer. */
    boolean hasBufferedInput() {
        return position < limit;
    }

    private String readLine() throws IOException {
        byte[] line = new byte[256];
        int length = 0;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit < 0) {
                    limit = 0;
                    throw new SmtpProtocolException("connection closed by server");
                }
            }
            byte b = buffer[position++];
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--; // a lone LF is accepted too: being strict here would only lose mail
                }
                return new String(line, 0, length, StandardCharsets.UTF_8);
            }
            if (length == MAX_LINE) {
                throw new SmtpProtocolException("reply line longer than " + MAX_LINE + " bytes");
            }
            if (length == line.length) {
                line = java.util.Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = b;
        }
    }

    private static boolean isCode(String line) {
        return line.charAt(0) >= '2' && line.charAt(0) <= '5'
                && Character.isDigit(line.charAt(1)) && Character.isDigit(line.charAt(2));
    }

    private static String printable(String line) {
        String cut = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
