package org.flutemail.protocol.imap.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.flutemail.protocol.imap.codec.ImapRequest;
import org.flutemail.protocol.imap.command.ImapCommand.Kind;
import org.flutemail.protocol.imap.command.ImapCommand.MailboxVerb;

/**
 * Hands each decoded request to the parser for its command name; {@code UID} prefixes the commands
 * RFC 9051 allows it on and nothing else. The registry is the list of commands this layer understands.
 */
public final class ImapCommandParser {

    private static final Set<String> UID_COMMANDS = Set.of("FETCH", "STORE", "SEARCH", "COPY", "MOVE", "EXPUNGE",
            "SORT", "THREAD");

    private final Map<String, CommandParser> parsers = new HashMap<>();

    public ImapCommandParser() {
        for (Kind kind : Kind.values()) {
            parsers.put(kind.name(), NoArgumentParser.of(kind));
        }
        for (MailboxVerb verb : MailboxVerb.values()) {
            parsers.put(verb.name(), (arguments, uid) -> onMailbox(verb, arguments));
        }
        parsers.put("EXPUNGE", (arguments, uid) -> uid ? uidExpunge(arguments) : NoArgumentParser.of(Kind.EXPUNGE)
                .parse(arguments, false));
        parsers.put("LOGIN", new LoginParser());
        parsers.put("AUTHENTICATE", new AuthenticateParser());
        parsers.put("ENABLE", new EnableParser());
        parsers.put("ID", new IdParser());
        parsers.put("SELECT", new SelectParser(false));
        parsers.put("EXAMINE", new SelectParser(true));
        parsers.put("CREATE", new CreateParser());
        parsers.put("RENAME", (arguments, uid) -> rename(arguments));
        parsers.put("LIST", new ListParser(false));
        parsers.put("LSUB", new ListParser(true));
        parsers.put("STATUS", new StatusParser());
        parsers.put("APPEND", new AppendParser());
        parsers.put("FETCH", new FetchParser());
        parsers.put("STORE", new StoreParser());
        parsers.put("SEARCH", new SearchParser());
        parsers.put("COPY", new TransferParser(false));
        parsers.put("MOVE", new TransferParser(true));
        parsers.put("SORT", new SortParser());
        parsers.put("THREAD", new ThreadParser());
        parsers.put("GETQUOTA", (arguments, uid) -> getQuota(arguments));
        parsers.put("COMPRESS", (arguments, uid) -> compress(arguments));
    }

    public ImapCommand parse(ImapRequest request, ParseContext context) throws BadCommandException {
        ArgumentReader arguments = new ArgumentReader(request.arguments(), context);
        String name = request.name();
        boolean uid = name.equals("UID");
        if (uid) {
            name = arguments.keyword("command after UID");
            if (!UID_COMMANDS.contains(name)) {
                throw new BadCommandException("UID " + name + " is not a command");
            }
        }
        CommandParser parser = parsers.get(name);
        if (parser == null) {
            throw new BadCommandException("Unknown command " + name);
        }
        return parser.parse(arguments, uid);
    }

    private static ImapCommand onMailbox(MailboxVerb verb, ArgumentReader arguments) throws BadCommandException {
        String mailbox = arguments.mailbox();
        arguments.end();
        return new ImapCommand.OnMailbox(verb, mailbox);
    }

    private static ImapCommand uidExpunge(ArgumentReader arguments) throws BadCommandException {
        SequenceSet set = arguments.sequenceSet();
        arguments.end();
        return new ImapCommand.UidExpunge(set);
    }

    private static ImapCommand rename(ArgumentReader arguments) throws BadCommandException {
        String from = arguments.mailbox();
        String to = arguments.mailbox();
        arguments.end();
        return new ImapCommand.Rename(from, to);
    }

    private static ImapCommand getQuota(ArgumentReader arguments) throws BadCommandException {
        String root = arguments.astring("quota root");
        arguments.end();
        return new ImapCommand.GetQuota(root);
    }

    private static ImapCommand compress(ArgumentReader arguments) throws BadCommandException {
        String mechanism = arguments.keyword("compression mechanism");
        arguments.end();
        return new ImapCommand.Compress(mechanism);
    }
}
