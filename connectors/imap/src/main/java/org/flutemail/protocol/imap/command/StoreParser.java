package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;

import org.flutemail.protocol.imap.codec.Argument;
import org.flutemail.protocol.imap.command.ImapCommand.StoreMode;

/**
 * {@code STORE set [(UNCHANGEDSINCE n)] [+|-]FLAGS[.SILENT] (flags)|flag...} (RFC 9051, RFC 7162).
 * The flags may come as one list or as bare atoms.
 */
final class StoreParser implements CommandParser {

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        SequenceSet set = arguments.sequenceSet();
        long unchangedSince = -1;
        if (arguments.nextIsList()) {
            ArgumentReader modifiers = arguments.listReader("STORE modifiers");
            if (!modifiers.acceptAtom("UNCHANGEDSINCE")) {
                throw new BadCommandException("Unknown STORE modifier");
            }
            unchangedSince = modifiers.number("UNCHANGEDSINCE mod-sequence", 0);
            modifiers.end();
        }
        String item = arguments.keyword("STORE data item");
        StoreMode mode = item.startsWith("+") ? StoreMode.ADD : item.startsWith("-") ? StoreMode.REMOVE
                : StoreMode.REPLACE;
        String base = mode == StoreMode.REPLACE ? item : item.substring(1);
        boolean silent = base.equals("FLAGS.SILENT");
        if (!silent && !base.equals("FLAGS")) {
            throw new BadCommandException("Invalid STORE data item " + item);
        }
        List<Argument> values = new ArrayList<>();
        if (arguments.nextIsList()) {
            values.addAll(arguments.list("flags"));
        } else {
            do {
                values.add(arguments.next("flags"));
            } while (arguments.hasMore());
        }
        arguments.end();
        return new ImapCommand.Store(uid, set, unchangedSince, mode, silent, Flags.parse(values));
    }
}
