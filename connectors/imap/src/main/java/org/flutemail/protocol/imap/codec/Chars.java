package org.flutemail.protocol.imap.codec;

/** Character classes of the IMAP grammar (RFC 9051 section 9), as the decoder applies them. */
final class Chars {

    private Chars() {
    }

    /**
     * Lexical atom characters: printable ASCII except the characters that start or end other tokens.
     * Wider than RFC 9051's ATOM-CHAR on purpose: {@code %}, {@code *}, {@code ]} and {@code \} appear
     * in list patterns, sequence sets, astrings and flags, which the parsers tell apart.
     */
    static boolean isAtomChar(byte b) {
        return b > 0x20 && b < 0x7f && b != '(' && b != ')' && b != '{' && b != '"';
    }

    /** RFC 9051: tag = 1*&lt;any ASTRING-CHAR except "+"&gt;. */
    static boolean isTagChar(byte b) {
        return isAtomChar(b) && b != '+' && b != '%' && b != '*' && b != '\\';
    }

    static String describeInvalid(byte b) {
        if (b < 0) {
            return "8-bit characters must be quoted or sent as a literal";
        }
        if (b < 0x20 || b == 0x7f) {
            return "Control character in command";
        }
        return "Unexpected " + (char) b;
    }
}
