package org.flutemail.disclaimer;

import java.io.ByteArrayOutputStream;

/**
 * Quoted-printable (RFC 2045 section 6.7) for text: CRLF (or a bare LF) in the input is a hard line
 * break written as CRLF; lines are cut with soft breaks so no encoded line exceeds 76 characters; white
 * space before a line end and every octet outside printable ASCII, and "=", are written as =XX.
 */
final class QuotedPrintableEncoder {

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private QuotedPrintableEncoder() {
    }

    static byte[] encode(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + text.length / 8 + 16);
        int lineStart = 0;
        while (lineStart <= text.length) {
            int lf = lineStart;
            while (lf < text.length && text[lf] != '\n') {
                lf++;
            }
            int end = lf > lineStart && lf < text.length && text[lf - 1] == '\r' ? lf - 1 : lf;
            encodeLine(text, lineStart, end, out);
            if (lf >= text.length) {
                break;
            }
            out.write('\r');
            out.write('\n');
            lineStart = lf + 1;
        }
        return out.toByteArray();
    }

    private static void encodeLine(byte[] text, int from, int to, ByteArrayOutputStream out) {
        int column = 0;
        for (int i = from; i < to; i++) {
            int b = text[i] & 0xff;
            boolean lastOfLine = i == to - 1;
            boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lastOfLine);
            int width = literal ? 1 : 3;
            // Room for a soft break "=" after this token unless it ends the line.
            int limit = lastOfLine ? MAX_LINE : MAX_LINE - 1;
            if (column + width > limit) {
                out.write('=');
                out.write('\r');
                out.write('\n');
                column = 0;
            }
            if (literal) {
                out.write(b);
            } else {
                out.write('=');
                out.write(HEX[b >> 4]);
                out.write(HEX[b & 0x0f]);
            }
            column += width;
        }
    }
}
