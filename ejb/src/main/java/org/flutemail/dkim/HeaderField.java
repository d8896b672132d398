package org.flutemail.dkim;

import java.util.Locale;

/**
 * One header field exactly as it appears in the message: {@code raw} is its octets (read as
 * ISO-8859-1, so each char is one octet) from the name to the end of its last line, folding CRLFs
 * included, final CRLF excluded. Simple canonicalization needs those octets untouched.
 */
public record HeaderField(String name, String raw) {

    /** Everything after the first colon, folding included. */
    public String value() {
        return raw.substring(raw.indexOf(':') + 1);
    }

    public boolean is(String otherName) {
        return name.equalsIgnoreCase(otherName);
    }

    String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
