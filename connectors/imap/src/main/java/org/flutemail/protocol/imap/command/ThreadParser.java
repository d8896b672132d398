package org.flutemail.protocol.imap.command;

import java.util.Set;

/** {@code THREAD algorithm charset keys} (RFC 5256). */
final class ThreadParser implements CommandParser {

    private static final Set<String> ALGORITHMS = Set.of("ORDEREDSUBJECT", "REFERENCES", "REFS");

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        String algorithm = arguments.keyword("thread algorithm");
        if (!ALGORITHMS.contains(algorithm)) {
            throw new BadCommandException("Unknown thread algorithm " + algorithm);
        }
        String charset = Charsets.check(arguments.astring("charset"));
        return new ImapCommand.Thread(uid, algorithm, charset, SearchKeyParser.parseAll(arguments));
    }
}
