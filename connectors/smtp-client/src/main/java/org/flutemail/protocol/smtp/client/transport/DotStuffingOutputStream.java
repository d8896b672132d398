package org.flutemail.protocol.smtp.client.transport;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes message content for DATA (RFC 5321 section 4.5.2): a '.' at the start of a line is doubled,
 * and {@link #finish()} ends the last line if needed and writes the {@code .CRLF} terminator.
 *
 * <p>Bare CR and bare LF are turned into CRLF. The content is supposed to use CRLF already, but a
 * stray bare LF followed by {@code .CRLF} would otherwise reach the server as a possible end of data
 * (SMTP smuggling, CVE-2023-51766 and relatives); Flute's own receiver rejects bare line ends, see
 * {@code docs/adr/0003-bare-line-ends-in-data.md}.
 */
public final class DotStuffingOutputStream extends FilterOutputStream {

    private boolean atLineStart = true;
    private boolean afterCr;

    public DotStuffingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (afterCr && b != '\n') {
            out.write('\n'); // the CR was bare: complete it
            atLineStart = true;
            afterCr = false;
        }
        if (b == '\r') {
            out.write('\r');
            afterCr = true;
            return;
        }
        if (b == '\n') {
            if (!afterCr) {
                out.write('\r');
            }
            out.write('\n');
            afterCr = false;
            atLineStart = true;
            return;
        }
        if (atLineStart && b == '.') {
            out.write('.');
        }
        out.write(b);
        atLineStart = false;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i] & 0xff);
        }
    }

    /** Ends the content: a final CRLF when the last line lacks one, then {@code .CRLF}; flushes. */
    public void finish() throws IOException {
        if (afterCr) {
            out.write('\n');
        } else if (!atLineStart) {
            out.write('\r');
            out.write('\n');
        }
        out.write(new byte[] {'.', '\r', '\n'});
        out.flush();
        atLineStart = true;
        afterCr = false;
    }

    /** Leaves the underlying socket stream open: the connection goes on after DATA. */
    @Override
    public void close() throws IOException {
        out.flush();
    }
}
