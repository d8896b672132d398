package org.flutemail.it.imaptest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One element of an IMAP response or of a script's expected reply, after tokenizing: an atom, a
 * string (quoted or literal), NIL, or a parenthesised list. Text is kept as ISO-8859-1 so that every
 * byte of a literal, binary ones included, maps to exactly one char.
 */
sealed interface ImapArg {

    /** The value as an IMAP astring (atom, quoted string or literal), or null for NIL and lists. */
    default String astring() {
        return null;
    }

    record Atom(String value) implements ImapArg {
        @Override
        public String astring() {
            return value;
        }
    }

    record Text(String value, boolean literal) implements ImapArg {
        @Override
        public String astring() {
            return value;
        }
    }

    record Nil() implements ImapArg {
    }

    record Items(List<ImapArg> items) implements ImapArg {
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * IMAP-like rendering for reports: list directives left out, long values shortened and control
     * characters escaped.
     */
    static String render(List<ImapArg> args) {
        return args.stream().filter(arg -> !ListDirectives.isDirective(arg)).map(ImapArg::render)
                .collect(Collectors.joining(" "));
    }

    static String render(ImapArg arg) {
        if (arg instanceof Atom atom) {
            return atom.value();
        }
        if (arg instanceof Items list) {
            return "(" + render(list.items()) + ")";
        }
        if (arg instanceof Text text) {
            return (text.literal() ? "{" + text.value().length() + "}" : "") + '"' + escape(text.value()) + '"';
        }
        return "NIL";
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < 300; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.length() >= 300 ? out + "..." : out.toString();
    }
}
