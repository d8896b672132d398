package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flutemail.protocol.imap.codec.Argument;
import org.flutemail.protocol.imap.mailbox.MailboxNames;
import org.flutemail.protocol.imap.mailbox.MalformedNameException;

/**
 * {@code LIST [(selection)] reference pattern|(patterns) [RETURN (options)]} (RFC 5258, RFC 5819
 * STATUS, RFC 6154 SPECIAL-USE) and {@code LSUB reference pattern}.
 */
final class ListParser implements CommandParser {

    private static final Set<String> SELECTION = Set.of("SUBSCRIBED", "REMOTE", "RECURSIVEMATCH", "SPECIAL-USE");
    private static final Set<String> RETURN = Set.of("SUBSCRIBED", "CHILDREN", "SPECIAL-USE", "STATUS");

    private final boolean lsub;

    ListParser(boolean lsub) {
        this.lsub = lsub;
    }

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        Set<String> selection = new HashSet<>();
        if (!lsub && arguments.nextIsList()) {
            selection = options(arguments.listReader("selection options"), SELECTION, "selection option");
            // RFC 5258 section 3.1: RECURSIVEMATCH refines a base option; REMOTE is none.
            if (selection.contains("RECURSIVEMATCH") && !selection.contains("SUBSCRIBED")
                    && !selection.contains("SPECIAL-USE")) {
                throw new BadCommandException("RECURSIVEMATCH needs SUBSCRIBED or SPECIAL-USE");
            }
        }
        String reference = name(arguments.astring("reference name"), arguments);
        List<String> patterns = new ArrayList<>();
        if (!lsub && arguments.nextIsList()) {
            for (Argument pattern : arguments.list("mailbox patterns")) {
                patterns.add(name(text(pattern), arguments));
            }
        } else {
            patterns.add(name(arguments.astring("mailbox pattern"), arguments));
        }
        Set<String> returns = new HashSet<>();
        List<String> statusItems = new ArrayList<>();
        if (!lsub && arguments.acceptAtom("RETURN")) {
            ArgumentReader options = arguments.listReader("return options");
            while (options.hasMore()) {
                String option = options.keyword("return option");
                if (!RETURN.contains(option) || !returns.add(option)) {
                    throw new BadCommandException("Unknown or repeated return option " + option);
                }
                if (option.equals("STATUS")) {
                    statusItems = StatusParser.items(options.listReader("status items"));
                }
            }
        }
        arguments.end();
        return new ImapCommand.ListMailboxes(lsub, selection, reference, patterns, returns, statusItems);
    }

    private static Set<String> options(ArgumentReader list, Set<String> allowed, String what)
            throws BadCommandException {
        Set<String> options = new HashSet<>();
        while (list.hasMore()) {
            String option = list.keyword(what);
            if (!allowed.contains(option)) {
                throw new BadCommandException("Unknown " + what + " " + option);
            }
            options.add(option);
        }
        return options;
    }

    private static String text(Argument pattern) throws BadCommandException {
        if (pattern instanceof Argument.ParenList) {
            throw new BadCommandException("Invalid mailbox pattern");
        }
        return pattern.text();
    }

    /**
     * References and patterns are encoded like names; the wildcards are printable and pass unchanged.
     * One that is not valid modified UTF-7 is matched as written: it names no mailbox, so the answer
     * is an empty list, not an error (as for any pattern that matches nothing).
     */
    private static String name(String wire, ArgumentReader arguments) {
        try {
            return MailboxNames.fromWire(wire, arguments.context().utf8Accept());
        } catch (MalformedNameException e) {
            return wire;
        }
    }
}
