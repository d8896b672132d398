package org.flutemail.dkim;

import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * Canonicalizes a message body as it is written (RFC 6376 sections 3.4.3 and 3.4.4) and hashes the
 * result, so the body is never held in memory. Line ends may be CRLF or a bare LF; both count as CRLF.
 *
 * <p>Line ends are held back and written only when more content follows, which is how trailing empty
 * lines come to be ignored without looking ahead; relaxed white space is held back the same way so
 * that white space at the end of a line disappears.
 */
public final class BodyHasher extends OutputStream {

    private static final byte[] CRLF = {'\r', '\n'};

    private final boolean relaxed;
    private final MessageDigest digest;
    private final long limit;
    private final byte[] buffer = new byte[8192];
    private int buffered;
    private long length;
    private long pendingLineEnds;
    private boolean pendingSpace;
    private boolean pendingCr;

    /** @param limit how many canonical octets to hash (the {@code l=} tag), or -1 for all */
    public BodyHasher(Canonicalization canonicalization, MessageDigest digest, long limit) {
        this.relaxed = canonicalization == Canonicalization.RELAXED;
        this.digest = digest;
        this.limit = limit;
    }

    @Override
    public void write(int b) {
        if (pendingCr) {
            pendingCr = false;
            if (b == '\n') {
                lineEnd();
                return;
            }
            content('\r');
        }
        if (b == '\r') {
            pendingCr = true;
        } else if (b == '\n') {
            lineEnd();
        } else if (relaxed && (b == ' ' || b == '\t')) {
            pendingSpace = true;
        } else {
            content(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    private void lineEnd() {
        pendingSpace = false;
        pendingLineEnds++;
    }

    private void content(int b) {
        for (; pendingLineEnds > 0; pendingLineEnds--) {
            emit(CRLF[0]);
            emit(CRLF[1]);
        }
        if (pendingSpace) {
            pendingSpace = false;
            emit(' ');
        }
        emit(b);
    }

    private void emit(int b) {
        length++;
        if (limit >= 0 && length > limit) {
            return;
        }
        buffer[buffered++] = (byte) b;
        if (buffered == buffer.length) {
            digest.update(buffer, 0, buffered);
            buffered = 0;
        }
    }

    /**
     * Ends the body: one CRLF after the last non-empty line; an empty body is CRLF in simple and
     * nothing in relaxed canonicalization (RFC 6376 3.4.3, 3.4.4 and errata 3133).
     *
     * @return the hash of the canonical body
     */
    public byte[] finish() {
        if (pendingCr) {
            pendingCr = false;
            content('\r');
        }
        if (length > 0 || !relaxed) {
            // Ends the last non-empty line whether or not it had its CRLF; or is the empty simple body.
            emit(CRLF[0]);
            emit(CRLF[1]);
        }
        digest.update(buffer, 0, buffered);
        buffered = 0;
        return digest.digest();
    }

    /** Octets of the canonical body, counted whether or not a limit cut the hash short. */
    public long length() {
        return length;
    }
}
