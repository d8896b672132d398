package org.flutemail.contacts;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes vCard 3.0 (RFC 2426) in UTF-8, one card per contact, CRLF line ends, values escaped and lines
 * folded at 75 octets without splitting a character, which every address book we know reads.
 */
public final class VCardWriter {

    private static final int MAX_OCTETS = 75;

    private VCardWriter() {
    }

    public static byte[] write(List<ContactCard> cards) {
        StringBuilder out = new StringBuilder();
        for (ContactCard card : cards) {
            line(out, "BEGIN:VCARD");
            line(out, "VERSION:3.0");
            line(out, "FN:" + escape(card.name()));
            line(out, "N:" + escape(card.name()) + ";;;;");
            card.addresses().forEach(a -> line(out, "EMAIL;TYPE=INTERNET:" + escape(a)));
            if (!isEmpty(card.phone())) {
                line(out, "TEL:" + escape(card.phone()));
            }
            if (!isEmpty(card.company())) {
                line(out, "ORG:" + escape(card.company()));
            }
            if (!isEmpty(card.notes())) {
                line(out, "NOTE:" + escape(card.notes()));
            }
            if (!card.groups().isEmpty()) {
                line(out, "CATEGORIES:" + String.join(",", card.groups().stream().map(VCardWriter::escape).toList()));
            }
            line(out, "END:VCARD");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\n")
                .replace("\n", "\\n");
    }

    /** Appends the line folded: a CRLF and a space before each piece after the first. */
    private static void line(StringBuilder out, String line) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
