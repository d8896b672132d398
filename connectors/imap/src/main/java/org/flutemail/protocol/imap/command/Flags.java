package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;

import org.flutemail.protocol.imap.codec.Argument;

/** Message flags as APPEND and STORE take them: system flags ({@code \Seen}) and keywords (atoms). */
final class Flags {

    private Flags() {
    }

    static List<String> parse(List<Argument> arguments) throws BadCommandException {
        List<String> flags = new ArrayList<>();
        for (Argument argument : arguments) {
            if (!(argument instanceof Argument.Atom atom) || !isFlag(atom.value())) {
                throw new BadCommandException("Invalid flag " + argument);
            }
            flags.add(atom.value());
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
