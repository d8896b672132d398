package org.flutemail.protocol.imap.command;

/** Parsing of IMAP numbers: digits only, no sign, no leading plus, bounded. */
final class Numbers {

    /** RFC 9051: nz-number and uniqueid are 32-bit unsigned. */
    static final long MAX_UINT32 = 0xFFFF_FFFFL;

    private Numbers() {
    }

    static long parse(String text, long min, long max, String error) throws BadCommandException {
        if (text.isEmpty() || text.length() > 19) {
            throw new BadCommandException(error);
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new BadCommandException(error);
            }
            value = value * 10 + (c - '0');
        }
        if (value < min || value > max) {
            throw new BadCommandException(error);
        }
        return value;
    }
}
