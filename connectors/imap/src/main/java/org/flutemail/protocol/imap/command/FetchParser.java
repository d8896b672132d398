package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;

import org.flutemail.protocol.imap.codec.Argument;

/**
 * {@code FETCH set (items)|item|ALL|FAST|FULL [(CHANGEDSINCE n [VANISHED])]} (RFC 9051, RFC 7162).
 * VANISHED is only valid with CHANGEDSINCE on UID FETCH.
 */
final class FetchParser implements CommandParser {

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        SequenceSet set = arguments.sequenceSet();
        List<FetchAttribute> attributes = new ArrayList<>();
        if (arguments.nextIsList()) {
            for (Argument item : arguments.list("FETCH attributes")) {
                if (!(item instanceof Argument.Atom atom)) {
                    throw new BadCommandException("Invalid FETCH attribute " + item);
                }
                attributes.add(FetchAttributeParser.parse(atom.value()));
            }
            if (attributes.isEmpty()) {
                throw new BadCommandException("Missing FETCH attributes");
            }
        } else {
            attributes.addAll(macroOrItem(arguments.atom("FETCH attribute")));
        }
        long changedSince = -1;
        boolean vanished = false;
        if (arguments.hasMore()) {
            ArgumentReader modifiers = arguments.listReader("FETCH modifiers");
            while (modifiers.hasMore()) {
                String modifier = modifiers.keyword("FETCH modifier");
                if (modifier.equals("CHANGEDSINCE") && changedSince < 0) {
                    changedSince = modifiers.number("CHANGEDSINCE mod-sequence", 0);
                } else if (modifier.equals("VANISHED") && !vanished) {
                    vanished = true;
                } else {
                    throw new BadCommandException("Unknown or repeated FETCH modifier " + modifier);
                }
            }
            if (vanished && (!uid || changedSince < 0)) {
                throw new BadCommandException("VANISHED needs UID FETCH with CHANGEDSINCE");
            }
        }
        arguments.end();
        return new ImapCommand.Fetch(uid, set, attributes, changedSince, vanished);
    }

    private static List<FetchAttribute> macroOrItem(String atom) throws BadCommandException {
        return switch (atom.toUpperCase(java.util.Locale.ROOT)) {
            case "ALL" -> items("FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE");
            case "FAST" -> items("FLAGS", "INTERNALDATE", "RFC822.SIZE");
            case "FULL" -> items("FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE", "BODY");
            default -> List.of(FetchAttributeParser.parse(atom));
        };
    }

    private static List<FetchAttribute> items(String... names) {
        List<FetchAttribute> items = new ArrayList<>();
        for (String name : names) {
            items.add(new FetchAttribute.Item(name));
        }
        return items;
    }
}
