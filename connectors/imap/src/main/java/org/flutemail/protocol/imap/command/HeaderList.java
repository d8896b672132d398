package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;

/**
 * The header list of {@code HEADER.FIELDS (From "To")}: astrings in parentheses, as they appear
 * inside a FETCH section atom. Literals cannot occur there (a section never spans a line).
 */
final class HeaderList {

    private HeaderList() {
    }

    static List<String> parse(String text) throws BadCommandException {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            throw new BadCommandException("Invalid header list " + text);
        }
        List<String> names = new ArrayList<>();
        String body = text.substring(1, text.length() - 1);
        int i = 0;
        while (i < body.length()) {
            if (body.charAt(i) == ' ') {
                i++;
            } else if (body.charAt(i) == '"') {
                StringBuilder name = new StringBuilder();
                i++;
                while (i < body.length() && body.charAt(i) != '"') {
                    if (body.charAt(i) == '\\' && i + 1 < body.length()) {
                        i++;
                    }
                    name.append(body.charAt(i++));
                }
                if (i++ >= body.length()) {
                    throw new BadCommandException("Invalid header list " + text);
                }
                names.add(checked(name.toString(), text));
            } else {
                int end = body.indexOf(' ', i);
                end = end < 0 ? body.length() : end;
                names.add(checked(body.substring(i, end), text));
                i = end;
            }
        }
        if (names.isEmpty()) {
            throw new BadCommandException("Empty header list");
        }
        return names;
    }

    /** RFC 5322 field names: printable ASCII except colon. */
    private static String checked(String name, String text) throws BadCommandException {
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == ':' || c == '(' || c == ')')) {
            throw new BadCommandException("Invalid header list " + text);
        }
        return name;
    }
}
