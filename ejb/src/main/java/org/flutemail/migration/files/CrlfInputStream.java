package org.flutemail.migration.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Turns each bare LF into CRLF (Maildir files use the system's LF; Flute stores mail as on the wire). */
final class CrlfInputStream extends FilterInputStream {

    private int previous = -1;
    private boolean pendingLf;

    CrlfInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        if (pendingLf) {
            pendingLf = false;
            previous = '\n';
            return '\n';
        }
        int b = in.read();
        if (b == '\n' && previous != '\r') {
            pendingLf = true;
            previous = '\r';
            return '\r';
        }
        previous = b;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n < length) {
            int b = read();
            if (b == -1) {
                return n == 0 ? -1 : n;
            }
            buffer[offset + n++] = (byte) b;
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
