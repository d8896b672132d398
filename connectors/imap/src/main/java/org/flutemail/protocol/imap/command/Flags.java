package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flutemail.protocol.imap.codec.Argument;

/**
 * Message flags as APPEND and STORE take them: the five system flags ({@code \Seen}) and keywords
 * (atoms). Any other backslash flag is refused: {@code \Recent} cannot be set by a client (RFC 3501
 * section 2.3.2) and IMAP4rev2 has none, and a flag-extension a server does not define must not come
 * back to clients (RFC 9051 section 9, flag-extension).
 */
final class Flags {

    /** Flags are case-insensitive (RFC 9051 section 2.3.2); a system flag is kept in its usual spelling. */
    private static final Map<String, String> SYSTEM = Map.of("\\answered", "\\Answered", "\\flagged", "\\Flagged",
            "\\deleted", "\\Deleted", "\\seen", "\\Seen", "\\draft", "\\Draft");

    private Flags() {
    }

    static List<String> parse(List<Argument> arguments) throws BadCommandException {
        List<String> flags = new ArrayList<>();
        for (Argument argument : arguments) {
            if (!(argument instanceof Argument.Atom atom) || !isFlag(atom.value())) {
                throw new BadCommandException("Invalid flag " + argument);
            }
            String value = atom.value();
            if (value.startsWith("\\")) {
                value = SYSTEM.get(value.toLowerCase(Locale.ROOT));
                if (value == null) {
                    throw new BadCommandException("Unknown system flag " + atom.value());
                }
            }
            flags.add(value);
        }
        return flags;
    }

    /** flag-keyword is an atom; a system or extension flag is a backslash and an atom. */
    private static boolean isFlag(String value) {
        String atom = value.startsWith("\\") ? value.substring(1) : value;
        if (atom.isEmpty()) {
            return false;
        }
        for (int i = 0; i < atom.length(); i++) {
            if ("%*]\\[".indexOf(atom.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
