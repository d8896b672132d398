package org.flutemail.protocol.pop3.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes a message as the body of a multi-line response (RFC 1939 section 3): a '.' is doubled at the
 * start of every line, a missing final CRLF is added, and the terminating ".CRLF" follows. The octets
 * are otherwise sent as stored, so RETR returns exactly what LIST counted (plus the stuffing).
 *
 * <p>For TOP, only the header section, the blank line after it and the first {@code bodyLines} lines
 * of the body are sent.
 */
final class MultilineWriter {

    private static final int CHUNK = 8192;
    private static final byte[] TERMINATOR = {'.', '\r', '\n'};

    private MultilineWriter() {
    }

    /** Sends all of {@code content}. */
    static void writeAll(InputStream content, OutputStream out) throws IOException {
        write(content, out, -1);
    }

    /** Sends the header and {@code bodyLines} lines of the body; a negative count sends everything. */
    static void write(InputStream content, OutputStream out, long bodyLines) throws IOException {
        byte[] in = new byte[CHUNK];
        byte[] buffer = new byte[CHUNK * 2];
        boolean lineStart = true;
        boolean inBody = false;
        boolean lineEmpty = true;
        long bodyLinesLeft = bodyLines;
        byte last = '\n';
        boolean done = false;
        int read;
        while (!done && (read = content.read(in)) > 0) {
            int n = 0;
            for (int i = 0; i < read; i++) {
                byte b = in[i];
                if (inBody && bodyLinesLeft == 0 && bodyLines >= 0) {
                    done = true;
                    break;
                }
                if (lineStart && b == '.') {
                    buffer[n++] = '.';
                }
                buffer[n++] = b;
                last = b;
                lineStart = b == '\n';
                if (b == '\n') {
                    if (inBody) {
                        bodyLinesLeft--;
                    } else if (lineEmpty) {
                        inBody = true;
                    }
                    lineEmpty = true;
                } else if (b != '\r') {
                    lineEmpty = false;
                }
            }
            out.write(buffer, 0, n);
        }
        if (last != '\n') {
            out.write(last == '\r' ? new byte[] {'\n'} : new byte[] {'\r', '\n'});
        }
        out.write(TERMINATOR);
    }
}
