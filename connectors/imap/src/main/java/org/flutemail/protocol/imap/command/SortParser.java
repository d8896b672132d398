package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code SORT (criteria) charset keys} (RFC 5256); REVERSE applies to the criterion after it. */
final class SortParser implements CommandParser {

    private static final Set<String> CRITERIA = Set.of("ARRIVAL", "CC", "DATE", "FROM", "SIZE", "SUBJECT", "TO",
            "DISPLAYFROM", "DISPLAYTO");

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        ArgumentReader list = arguments.listReader("sort criteria");
        List<String> criteria = new ArrayList<>();
        while (list.hasMore()) {
            boolean reverse = list.acceptAtom("REVERSE");
            String criterion = list.keyword("sort criterion");
            if (!CRITERIA.contains(criterion)) {
                throw new BadCommandException("Unknown sort criterion " + criterion);
            }
            criteria.add(reverse ? "REVERSE " + criterion : criterion);
        }
        if (criteria.isEmpty()) {
            throw new BadCommandException("Missing sort criteria");
        }
        String charset = Charsets.check(arguments.astring("charset"));
        return new ImapCommand.Sort(uid, criteria, charset, SearchKeyParser.parseAll(arguments));
    }
}
