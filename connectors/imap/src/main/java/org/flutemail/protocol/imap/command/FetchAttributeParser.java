package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses one FETCH item from the atom the decoder produced, e.g.
 * {@code BODY.PEEK[1.2.HEADER.FIELDS (From "To")]<0.100>}. The section grammar is small enough to read
 * by hand, and doing it here keeps the decoder ignorant of FETCH.
 */
final class FetchAttributeParser {

    private static final Set<String> ITEMS = Set.of("FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE", "BODY",
            "BODYSTRUCTURE", "UID", "RFC822", "RFC822.HEADER", "RFC822.TEXT", "MODSEQ", "EMAILID", "THREADID",
            "SAVEDATE");

    private FetchAttributeParser() {
    }

    static FetchAttribute parse(String atom) throws BadCommandException {
        int open = atom.indexOf('[');
        if (open < 0) {
            String name = atom.toUpperCase(Locale.ROOT);
            if (!ITEMS.contains(name)) {
                throw new BadCommandException("Unknown FETCH attribute " + atom);
            }
            return new FetchAttribute.Item(name);
        }
        int close = atom.indexOf(']', open);
        if (close < 0) {
            throw new BadCommandException("Invalid FETCH section " + atom);
        }
        String name = atom.substring(0, open).toUpperCase(Locale.ROOT);
        String inside = atom.substring(open + 1, close);
        FetchAttribute.Partial partial = partial(atom.substring(close + 1), atom);
        return switch (name) {
            case "BODY", "BODY.PEEK" -> new FetchAttribute.Body(name.equals("BODY.PEEK"), section(inside), partial);
            case "BINARY", "BINARY.PEEK" -> new FetchAttribute.Binary(name.equals("BINARY.PEEK"), part(inside), partial);
            case "BINARY.SIZE" -> {
                if (partial != null) {
                    throw new BadCommandException("BINARY.SIZE takes no partial");
                }
                yield new FetchAttribute.BinarySize(part(inside));
            }
            default -> throw new BadCommandException("Unknown FETCH attribute " + atom);
        };
    }

    private static FetchAttribute.Partial partial(String text, String atom) throws BadCommandException {
        if (text.isEmpty()) {
            return null;
        }
        int dot = text.indexOf('.');
        if (!text.startsWith("<") || !text.endsWith(">") || dot < 0) {
            throw new BadCommandException("Invalid partial in " + atom);
        }
        String error = "Invalid partial in " + atom;
        long offset = Numbers.parse(text.substring(1, dot), 0, Numbers.MAX_UINT32, error);
        long length = Numbers.parse(text.substring(dot + 1, text.length() - 1), 1, Numbers.MAX_UINT32, error);
        return new FetchAttribute.Partial(offset, length);
    }

    /** section-part: 1*DIGIT *("." 1*DIGIT), nz-numbers; empty for the whole message. */
    private static List<Integer> part(String text) throws BadCommandException {
        List<Integer> part = new ArrayList<>();
        if (text.isEmpty()) {
            return part;
        }
        for (String number : text.split("\\.", -1)) {
            part.add((int) Numbers.parse(number, 1, Integer.MAX_VALUE, "Invalid section part " + text));
        }
        return part;
    }

    private static FetchAttribute.Section section(String inside) throws BadCommandException {
        int i = 0;
        while (i < inside.length() && (Character.isDigit(inside.charAt(i)) || inside.charAt(i) == '.')) {
            i++;
        }
        // The digits run may end with the dot that precedes a specifier, as in 1.2.HEADER.
        String numbers = inside.substring(0, i);
        String rest = inside.substring(i);
        if (numbers.endsWith(".") && !rest.isEmpty()) {
            numbers = numbers.substring(0, numbers.length() - 1);
        }
        List<Integer> part = part(numbers);
        int space = rest.indexOf(' ');
        String specifier = (space < 0 ? rest : rest.substring(0, space)).toUpperCase(Locale.ROOT);
        List<String> fields = List.of();
        switch (specifier) {
            case "", "HEADER", "TEXT" -> requireNoList(space, inside);
            case "MIME" -> {
                requireNoList(space, inside);
                if (part.isEmpty()) {
                    throw new BadCommandException("MIME needs a section part");
                }
            }
            case "HEADER.FIELDS", "HEADER.FIELDS.NOT" -> {
                if (space < 0) {
                    throw new BadCommandException("Missing header list in " + inside);
                }
                fields = HeaderList.parse(rest.substring(space + 1));
            }
            default -> throw new BadCommandException("Invalid section " + inside);
        }
        return new FetchAttribute.Section(part, specifier, fields);
    }

    private static void requireNoList(int space, String inside) throws BadCommandException {
        if (space >= 0) {
            throw new BadCommandException("Invalid section " + inside);
        }
    }
}
