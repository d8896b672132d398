package org.flutemail.protocol.smtp.command;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.flutemail.protocol.smtp.command.Command.Verb;
import org.flutemail.protocol.smtp.command.FixedArgumentParser.Arity;
import org.flutemail.protocol.smtp.reply.Replies;

/**
 * Splits a command line into verb and argument and hands the argument to the parser for that verb.
 * Verbs are case-insensitive (RFC 5321 section 2.4). Control characters anywhere in the line are a
 * syntax error: a stray CR inside a command is how request smuggling starts.
 */
public final class CommandParser {

    private final Map<String, ArgumentParser> parsers = new HashMap<>();

    public CommandParser() {
        parsers.put("EHLO", new HelloParser(true));
        parsers.put("HELO", new HelloParser(false));
        parsers.put("MAIL", PathCommandParser.mail());
        parsers.put("RCPT", PathCommandParser.rcpt());
        parsers.put("DATA", new FixedArgumentParser(Verb.DATA, Arity.NONE));
        parsers.put("RSET", new FixedArgumentParser(Verb.RSET, Arity.NONE));
        parsers.put("QUIT", new FixedArgumentParser(Verb.QUIT, Arity.NONE));
        parsers.put("STARTTLS", new FixedArgumentParser(Verb.STARTTLS, Arity.NONE));
        parsers.put("AUTH", new AuthParser());
        parsers.put("BDAT", new BdatParser());
        parsers.put("NOOP", new FixedArgumentParser(Verb.NOOP, Arity.OPTIONAL));
        parsers.put("HELP", new FixedArgumentParser(Verb.HELP, Arity.OPTIONAL));
        parsers.put("VRFY", new FixedArgumentParser(Verb.VRFY, Arity.REQUIRED));
        parsers.put("EXPN", new FixedArgumentParser(Verb.EXPN, Arity.REQUIRED));
    }

    public Command parse(String line) throws SyntaxException {
        if (line.isEmpty() || line.chars().anyMatch(c -> c < 32 || c == 127)) {
            throw new SyntaxException(Replies.BAD_SYNTAX);
        }
        int space = line.indexOf(' ');
        String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
        ArgumentParser parser = parsers.get(verb);
        if (parser == null) {
            throw new SyntaxException(Replies.UNKNOWN_COMMAND);
        }
        return parser.parse(space < 0 ? "" : line.substring(space + 1));
    }
}
