package org.flutemail.contacts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flutemail.domain.EmailAddress;

/**
 * Reads vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350): several cards in one file; folded lines (a line
 * break followed by a space or tab continues the line); vCard 2.1's quoted-printable values, whose soft
 * line breaks ("=" at the end) also continue it, decoded in the property's CHARSET (UTF-8 when none);
 * the backslash escapes of 3.0 and 4.0; property groups ({@code item1.EMAIL}). Reads FN (else N), EMAIL,
 * TEL, ORG, NOTE and CATEGORIES. A card without a usable address is skipped with the line it starts on.
 */
public final class VCardReader {

    private VCardReader() {
    }

    /** One unfolded content line and the line of the file it starts on. */
    private record Line(int number, String text) {
    }

    public static ContactFile read(String text) {
        List<ContactCard> cards = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Card card = null;
        for (Line line : unfold(text)) {
            Property p = Property.parse(line.text());
            if (p == null) {
                continue;
            }
            if (p.is("BEGIN") && p.rawValue().equalsIgnoreCase("VCARD")) {
                if (card != null) {
                    problems.add("line " + card.line + ": the card has no END:VCARD");
                }
                card = new Card(line.number());
            } else if (p.is("END") && card != null) {
                try {
                    cards.add(card.finish());
                } catch (IllegalArgumentException e) {
                    problems.add("line " + card.line + ": " + e.getMessage());
                }
                card = null;
            } else if (card != null) {
                card.add(p);
            }
        }
        if (card != null) {
            problems.add("line " + card.line + ": the card has no END:VCARD");
        }
        return new ContactFile(cards, problems);
    }

    private static List<Line> unfold(String text) {
        String[] physical = text.split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            String l = physical[i];
            boolean continues = current != null && (l.startsWith(" ") || l.startsWith("\t"));
            boolean softBreak = current != null && isQuotedPrintable(current) && current.toString().endsWith("=");
            if (softBreak) {
                current.setLength(current.length() - 1);
                current.append(l.stripLeading());
            } else if (continues) {
                current.append(l, 1, l.length());
            } else {
                if (current != null) {
                    lines.add(new Line(start, current.toString()));
                }
                current = new StringBuilder(l);
                start = i + 1;
            }
        }
        if (current != null) {
            lines.add(new Line(start, current.toString()));
        }
        return lines;
    }

    private static boolean isQuotedPrintable(CharSequence line) {
        String s = line.toString();
        int colon = s.indexOf(':');
        return colon > 0 && s.substring(0, colon).toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
    }

    /** One content line: name (without group), parameters as written, and the value still encoded. */
    private record Property(String name, String params, String rawValue) {

        static Property parse(String line) {
            if (line.isBlank()) {
                return null;
            }
            boolean quoted = false;
            int colon = -1;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    colon = i;
                    break;
                }
            }
            if (colon <= 0) {
                return null;
            }
            String head = line.substring(0, colon);
            int semicolon = head.indexOf(';');
            String name = semicolon < 0 ? head : head.substring(0, semicolon);
            name = name.substring(name.indexOf('.') + 1).strip().toUpperCase(Locale.ROOT);
            return new Property(name, semicolon < 0 ? "" : head.substring(semicolon + 1), line.substring(colon + 1));
        }

        boolean is(String property) {
            return name.equals(property);
        }

        /** The value as text: quoted-printable decoded in its CHARSET. */
        String text() {
            String upper = params.toUpperCase(Locale.ROOT);
            if (!upper.contains("QUOTED-PRINTABLE")) {
                return rawValue;
            }
            return new String(quotedPrintable(rawValue), charset(params));
        }

        private static Charset charset(String params) {
            for (String param : params.split(";")) {
                int eq = param.indexOf('=');
                if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("CHARSET")) {
                    try {
                        return Charset.forName(param.substring(eq + 1).replace("\"", "").strip());
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
            return StandardCharsets.UTF_8;
        }

        private static byte[] quotedPrintable(String value) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '=' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
                    out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    out.write(bytes, 0, bytes.length);
                }
            }
            return out.toByteArray();
        }

        private static boolean isHex(char c) {
            return Character.digit(c, 16) >= 0;
        }
    }

    /** What one card has said so far. */
    private static final class Card {
        final int line;
        String fn = "";
        String n = "";
        final Set<String> addresses = new LinkedHashSet<>();
        String phone = "";
        String company = "";
        String notes = "";
        final List<String> groups = new ArrayList<>();
        String badAddress;

        Card(int line) {
            this.line = line;
        }

        void add(Property p) {
            String value = p.text();
            switch (p.name()) {
                case "FN" -> fn = unescape(value);
                case "N" -> n = value;
                case "EMAIL" -> {
                    String address = unescape(value).strip();
                    if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
                        address = address.substring(7);
                    }
                    if (!address.isEmpty()) {
                        try {
                            addresses.add(EmailAddress.parse(address).toString());
                        } catch (IllegalArgumentException e) {
                            badAddress = badAddress == null ? e.getMessage() : badAddress;
                        }
                    }
                }
                case "TEL" -> phone = phone.isEmpty() ? unescape(value).replaceFirst("(?i)^tel:", "") : phone;
                case "ORG" -> company = unescape(components(value).get(0));
                case "NOTE" -> notes = unescape(value);
                case "CATEGORIES" -> components(value, ',').forEach(c -> {
                    if (!c.isBlank()) {
                        groups.add(unescape(c).strip());
                    }
                });
                default -> {
                    // PHOTO, ADR and the rest are not kept.
                }
            }
        }

        ContactCard finish() {
            if (badAddress != null) {
                throw new IllegalArgumentException(badAddress);
            }
            if (addresses.isEmpty()) {
                throw new IllegalArgumentException("the card has no address");
            }
            String name = fn.strip();
            if (name.isEmpty() && !n.isBlank()) {
                List<String> parts = components(n);
                name = Names.fromParts(unescape(part(parts, 0)), unescape(part(parts, 1)), unescape(part(parts, 2)));
            }
            return new ContactCard(name, List.copyOf(addresses), phone.strip(), company.strip(), notes, groups);
        }

        private static String part(List<String> parts, int i) {
            return i < parts.size() ? parts.get(i).strip() : "";
        }
    }

    private static List<String> components(String value) {
        return components(value, ';');
    }

    /** Splits at separators that are not escaped with a backslash (the escapes stay for {@link #unescape}). */
    private static List<String> components(String value, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                part.append(c).append(value.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
