package org.flutemail.protocol.imap.command;

import java.util.Locale;

/**
 * The search charsets supported. Strings arrive as UTF-8 (quoted strings are decoded so by the decoder),
 * which covers US-ASCII; anything else is refused as RFC 9051 section 6.4.4 says, with the list of
 * what is supported.
 */
final class Charsets {

    private Charsets() {
    }

    static String check(String charset) throws BadCommandException {
        String upper = charset.toUpperCase(Locale.ROOT);
        if (!upper.equals("UTF-8") && !upper.equals("US-ASCII")) {
            throw BadCommandException.refusal("BADCHARSET (UTF-8 US-ASCII)", "Unsupported charset " + charset);
        }
        return upper;
    }
}
