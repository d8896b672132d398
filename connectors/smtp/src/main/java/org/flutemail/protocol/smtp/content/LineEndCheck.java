package org.flutemail.protocol.smtp.content;

/**
 * Notices a CR not followed by LF, or an LF not preceded by CR, in content that did not come through
 * the DATA decoder (which flags them itself): BDAT chunks. Such content is refused as DATA content is
 * (ADR 0003), unless the body is declared BINARYMIME, where any octet is allowed.
 */
public final class LineEndCheck {

    private boolean afterCr;
    private boolean bare;

    public void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (afterCr != (b == '\n')) {
                bare = true;
            }
            afterCr = b == '\r';
        }
    }

    /** Whether a bare line end was seen; content that ends in a lone CR counts as one. */
    public boolean sawBareLineEnd() {
        return bare || afterCr;
    }
}
