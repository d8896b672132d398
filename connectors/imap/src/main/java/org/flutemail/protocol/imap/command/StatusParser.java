package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code STATUS mailbox (items)}, with SIZE (RFC 8438), HIGHESTMODSEQ (RFC 7162) and the other known items. */
final class StatusParser implements CommandParser {

    private static final Set<String> ITEMS = Set.of("MESSAGES", "RECENT", "UIDNEXT", "UIDVALIDITY", "UNSEEN",
            "DELETED", "SIZE", "HIGHESTMODSEQ", "APPENDLIMIT", "MAILBOXID", "DELETED-STORAGE");

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        String mailbox = arguments.mailbox();
        List<String> items = items(arguments.listReader("status items"));
        arguments.end();
        return new ImapCommand.Status(mailbox, items);
    }

    /** Shared with LIST's RETURN (STATUS (...)). */
    static List<String> items(ArgumentReader list) throws BadCommandException {
        List<String> items = new ArrayList<>();
        while (list.hasMore()) {
            String item = list.keyword("status item");
            if (!ITEMS.contains(item)) {
                throw new BadCommandException("Unknown status item " + item);
            }
            if (item.equals("RECENT") && list.context().rev2()) {
                throw new BadCommandException("RECENT is not a status item in IMAP4rev2: it has no \\Recent flag");
            }
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            throw new BadCommandException("Missing status items");
        }
        return items;
    }
}
