package org.flutemail.protocol.imap.codec;

/**
 * Reads a literal announcement {@code {n}}, {@code {n+}} or {@code ~{n}} one byte at a time. Used both
 * while decoding and while skipping a refused command: a skipped line that ends in a non-synchronising
 * literal is followed by octets that must be discarded, not read as commands.
 */
final class LiteralHeader {

    enum Step { MORE, COMPLETE, INVALID }

    /** Sizes are capped here: anything above is refused alike, and the cap keeps the arithmetic safe. */
    private static final long SATURATED = 1L << 50;

    /** A longer number is not a size but an attack on the parser. */
    private static final int MAX_DIGITS = 20;

    private boolean active;
    private boolean binary;
    private boolean nonSync;
    private boolean complete;
    private int digits;
    private long size;

    /** Called on the opening brace. */
    void start(boolean literal8) {
        active = true;
        binary = literal8;
        nonSync = false;
        complete = false;
        digits = 0;
        size = 0;
    }

    void clear() {
        active = false;
        complete = false;
    }

    /** Feeds the byte after the brace; a complete header becomes invalid if anything but the line end follows. */
    Step accept(byte b) {
        if (!active || complete) {
            clear();
            return Step.INVALID;
        }
        if (b >= '0' && b <= '9' && !nonSync) {
            if (++digits > MAX_DIGITS) {
                clear();
                return Step.INVALID;
            }
            size = Math.min(SATURATED, size * 10 + (b - '0'));
            return Step.MORE;
        }
        if (b == '+' && digits > 0 && !nonSync) {
            nonSync = true;
            return Step.MORE;
        }
        if (b == '}' && digits > 0) {
            complete = true;
            return Step.COMPLETE;
        }
        clear();
        return Step.INVALID;
    }

    boolean isComplete() {
        return active && complete;
    }

    long size() {
        return size;
    }

    boolean nonSync() {
        return nonSync;
    }

    boolean binary() {
        return binary;
    }
}
