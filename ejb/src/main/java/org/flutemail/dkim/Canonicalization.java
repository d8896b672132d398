package org.flutemail.dkim;

import java.util.Locale;

/** The two canonicalization algorithms of RFC 6376 section 3.4, for header fields and for the body. */
public enum Canonicalization {

    /** Octets as they are; only trailing empty lines of the body are ignored. */
    SIMPLE,
    /** Tolerates the white-space and folding changes that relays commonly make. */
    RELAXED;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Canonicalization of(String keyword) {
        for (Canonicalization c : values()) {
            if (c.keyword().equals(keyword.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown canonicalization '" + keyword + "'");
    }

    /** The field as it enters the hash, ending with CRLF. */
    public String header(HeaderField field) {
        return this == SIMPLE ? field.raw() + "\r\n" : relaxed(field.name(), field.value()) + "\r\n";
    }

    /** RFC 6376 3.4.2: lower-case name, unfolded value, white-space runs as one space, none at the ends. */
    static String relaxed(String name, String value) {
        String unfolded = value.replace("\r\n", "").replace("\n", "");
        StringBuilder v = new StringBuilder(unfolded.length());
        boolean space = false;
        for (int i = 0; i < unfolded.length(); i++) {
            char c = unfolded.charAt(i);
            if (c == ' ' || c == '\t') {
                space = true;
            } else {
                if (space && v.length() > 0) {
                    v.append(' ');
                }
                space = false;
                v.append(c);
            }
        }
        return name.strip().toLowerCase(Locale.ROOT) + ":" + v;
    }

    /** The body hash of {@code c=header/body}; a missing body part means simple (RFC 6376 3.5). */
    public static Canonicalization[] pair(String tag) {
        String[] parts = tag.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("c=" + tag + " is not header/body");
        }
        return new Canonicalization[] {of(parts[0]), parts.length == 2 ? of(parts[1]) : SIMPLE};
    }
}
