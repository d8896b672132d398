package org.flutemail.protocol.imap.command;

import java.util.HashSet;
import java.util.Set;

/**
 * {@code SEARCH [RETURN (options)] [CHARSET name] keys} (RFC 9051, ESEARCH RFC 4731, SEARCHRES RFC 5182).
 * RETURN () means ALL (RFC 4731 section 3.1).
 */
final class SearchParser implements CommandParser {

    private static final Set<String> RETURN = Set.of("MIN", "MAX", "ALL", "COUNT", "SAVE");

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        Set<String> returns = null;
        if (arguments.acceptAtom("RETURN")) {
            returns = new HashSet<>();
            ArgumentReader options = arguments.listReader("RETURN options");
            while (options.hasMore()) {
                String option = options.keyword("RETURN option");
                if (!RETURN.contains(option)) {
                    throw new BadCommandException("Unknown RETURN option " + option);
                }
                returns.add(option);
            }
        }
        String charset = arguments.acceptAtom("CHARSET") ? Charsets.check(arguments.astring("charset")) : "US-ASCII";
        SearchKey key = SearchKeyParser.parseAll(arguments);
        return new ImapCommand.Search(uid, charset, returns, key);
    }
}
