package org.flutemail.protocol.smtp.content;

/**
 * Counts the {@code Received:} fields in a message's header section as the content streams by, so
 * that a mail loop (RFC 5321 section 6.3) is caught without holding the message. Only field names at
 * the start of a line count: folded continuation lines begin with white space and never match. The
 * header section ends at the first empty line; nothing after it is looked at.
 */
public final class ReceivedHeaderCounter {

    private static final byte[] NAME = {'r', 'e', 'c', 'e', 'i', 'v', 'e', 'd', ':'};

    private boolean inHeader = true;
    private int column;
    private int matched;
    private int count;

    public void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length && inHeader; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                inHeader = column > 0;
                column = 0;
                matched = 0;
            } else if (b != '\r') {
                if (column == matched && matched < NAME.length && lower(b) == NAME[matched]) {
                    matched++;
                    if (matched == NAME.length) {
                        count++;
                    }
                }
                column++;
            }
        }
    }

    public int count() {
        return count;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }
}
