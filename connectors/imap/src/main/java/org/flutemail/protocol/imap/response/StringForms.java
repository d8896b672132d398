package org.flutemail.protocol.imap.response;

import java.io.ByteArrayOutputStream;

/** Which textual forms a string may take on the wire, per the RFC 9051 grammar. */
final class StringForms {

    private StringForms() {
    }

    /** True where the value may go as an atom (ASTRING-CHAR only) and would not read back as NIL. */
    static boolean isAtom(String value) {
        if (value.isEmpty() || value.equalsIgnoreCase("NIL")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "(){%*\"\\".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A quoted string may not hold CR, LF or NUL, nor 8-bit octets unless UTF8=ACCEPT is on. */
    static boolean canQuote(byte[] bytes, boolean utf8Accept) {
        for (byte b : bytes) {
            if (b == '\r' || b == '\n' || b == 0 || (b < 0 && !utf8Accept)) {
                return false;
            }
        }
        return true;
    }

    static void writeQuoted(ByteArrayOutputStream out, byte[] bytes) {
        out.write('"');
        for (byte b : bytes) {
            if (b == '"' || b == '\\') {
                out.write('\\');
            }
            out.write(b);
        }
        out.write('"');
    }
}
