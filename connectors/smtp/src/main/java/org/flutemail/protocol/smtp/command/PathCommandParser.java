package org.flutemail.protocol.smtp.command;

import java.util.List;
import java.util.function.BiFunction;

import org.flutemail.protocol.smtp.reply.Reply;

/**
 * {@code MAIL FROM:<path> [params]} and {@code RCPT TO:<path> [params]}: the same grammar with a
 * different keyword, path rules and error codes, so one parser configured twice.
 *
 * <p>One space after the colon is tolerated ({@code MAIL FROM: <a@b>}); many clients send it.
 */
final class PathCommandParser implements ArgumentParser {

    private final String keyword;
    private final boolean reversePath;
    private final Reply badAddress;
    private final BiFunction<String, List<Command.Parameter>, Command> factory;

    private PathCommandParser(String keyword, boolean reversePath, Reply badAddress,
            BiFunction<String, List<Command.Parameter>, Command> factory) {
        this.keyword = keyword;
        this.reversePath = reversePath;
        this.badAddress = badAddress;
        this.factory = factory;
    }

    static PathCommandParser mail() {
        return new PathCommandParser("FROM:", true,
                Reply.of(501, "5.1.7", "Error: bad sender address syntax"), Command.Mail::new);
    }

    static PathCommandParser rcpt() {
        return new PathCommandParser("TO:", false,
                Reply.of(501, "5.1.3", "Error: bad recipient address syntax"), Command.Rcpt::new);
    }

    @Override
    public Command parse(String argument) throws SyntaxException {
        if (!argument.regionMatches(true, 0, keyword, 0, keyword.length())) {
            throw new SyntaxException(Reply.of(501, "5.5.4",
                    "Syntax: " + (reversePath ? "MAIL FROM:<address>" : "RCPT TO:<address>")));
        }
        int start = keyword.length();
        if (argument.startsWith(" ", start)) {
            start++;
        }
        PathParser.ParsedPath path;
        try {
            path = PathParser.parse(argument, start, reversePath, !reversePath);
        } catch (IllegalArgumentException e) {
            throw new SyntaxException(badAddress);
        }
        String rest = argument.substring(path.end());
        if (!rest.isEmpty() && !rest.startsWith(" ")) {
            throw new SyntaxException(badAddress);
        }
        try {
            return factory.apply(path.mailbox(), ParameterParser.parse(rest));
        } catch (IllegalArgumentException e) {
            throw new SyntaxException(Reply.of(501, "5.5.4", "Error: bad parameter syntax"));
        }
    }
}
