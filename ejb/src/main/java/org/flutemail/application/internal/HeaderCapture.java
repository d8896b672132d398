package org.flutemail.application.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a message through unchanged and keeps a copy of its header section as the bytes go by, so
 * that whoever writes the message can read its summary without opening what it wrote again.
 */
final class HeaderCapture extends FilterInputStream {

    private final ByteArrayOutputStream header = new ByteArrayOutputStream(4096);
    private final int limit;
    private boolean complete;
    private int previous = -1;
    private int beforePrevious = -1;

    /** Keeps at most {@code limit} octets: a summary needs no more. */
    HeaderCapture(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            keep(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n && !complete; i++) {
            keep(buffer[offset + i] & 0xff);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes could not be kept: read them instead.
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int read = read(discard, 0, discard.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The header section seen so far, with the empty line that ends it when it has passed. */
    InputStream header() {
        return new ByteArrayInputStream(header.toByteArray());
    }

    private void keep(int b) {
        if (complete) {
            return;
        }
        header.write(b);
        // The header section ends at the first empty line (LF LF, with or without CRs).
        if (b == '\n' && (previous == '\n' || (previous == '\r' && beforePrevious == '\n'))
                || header.size() >= limit) {
            complete = true;
        }
        beforePrevious = previous;
        previous = b;
    }
}
