package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flutemail.protocol.imap.codec.Argument;
import org.flutemail.protocol.imap.command.SearchKey.Comparison;

/** Reads search keys, recursively for NOT, OR and parenthesised groups. Depth is bounded by the decoder. */
final class SearchKeyParser {

    private static final Map<String, SearchKey> FLAG_KEYS = Map.ofEntries(
            Map.entry("ALL", new SearchKey.All()),
            Map.entry("ANSWERED", new SearchKey.Flag("\\Answered", true)),
            Map.entry("UNANSWERED", new SearchKey.Flag("\\Answered", false)),
            Map.entry("DELETED", new SearchKey.Flag("\\Deleted", true)),
            Map.entry("UNDELETED", new SearchKey.Flag("\\Deleted", false)),
            Map.entry("DRAFT", new SearchKey.Flag("\\Draft", true)),
            Map.entry("UNDRAFT", new SearchKey.Flag("\\Draft", false)),
            Map.entry("FLAGGED", new SearchKey.Flag("\\Flagged", true)),
            Map.entry("UNFLAGGED", new SearchKey.Flag("\\Flagged", false)),
            Map.entry("SEEN", new SearchKey.Flag("\\Seen", true)),
            Map.entry("UNSEEN", new SearchKey.Flag("\\Seen", false)),
            Map.entry("RECENT", new SearchKey.Flag("\\Recent", true)),
            Map.entry("OLD", new SearchKey.Flag("\\Recent", false)),
            Map.entry("NEW", new SearchKey.And(List.of(new SearchKey.Flag("\\Recent", true),
                    new SearchKey.Flag("\\Seen", false)))));

    /** The keys of the \Recent flag, which IMAP4rev2 removed (RFC 9051 appendix E). */
    private static final java.util.Set<String> RECENT_KEYS = java.util.Set.of("RECENT", "OLD", "NEW");

    private SearchKeyParser() {
    }

    /** All remaining arguments as one key: several keys mean all of them. */
    static SearchKey parseAll(ArgumentReader arguments) throws BadCommandException {
        List<SearchKey> keys = new ArrayList<>();
        do {
            keys.add(parse(arguments));
        } while (arguments.hasMore());
        return keys.size() == 1 ? keys.get(0) : new SearchKey.And(keys);
    }

    static SearchKey parse(ArgumentReader arguments) throws BadCommandException {
        Argument next = arguments.peek();
        if (next instanceof Argument.ParenList) {
            ArgumentReader group = arguments.listReader("search keys");
            if (!group.hasMore()) {
                throw new BadCommandException("Empty search key list");
            }
            return parseAll(group);
        }
        if (next instanceof Argument.Atom atom && startsSequenceSet(atom.value())) {
            return new SearchKey.Sequence(false, arguments.sequenceSet());
        }
        String name = arguments.keyword("search key");
        if (arguments.context().rev2() && RECENT_KEYS.contains(name)) {
            throw new BadCommandException(name + " is not a search key in IMAP4rev2: it has no \\Recent flag");
        }
        SearchKey flagKey = FLAG_KEYS.get(name);
        if (flagKey != null) {
            return flagKey;
        }
        return switch (name) {
            case "BCC", "BODY", "CC", "FROM", "SUBJECT", "TEXT", "TO" ->
                    new SearchKey.Text(name, arguments.astring(name + " string"));
            case "HEADER" -> new SearchKey.Header(arguments.astring("header name"), arguments.astring("header value"));
            case "KEYWORD", "UNKEYWORD" -> new SearchKey.Flag(keyword(arguments), name.equals("KEYWORD"));
            case "BEFORE", "ON", "SINCE" -> date(false, Comparison.valueOf(name), arguments);
            case "SENTBEFORE", "SENTON", "SENTSINCE" -> date(true, Comparison.valueOf(name.substring(4)), arguments);
            case "LARGER", "SMALLER" -> new SearchKey.Size(name.equals("LARGER"), arguments.number("size", 0));
            case "UID" -> new SearchKey.Sequence(true, arguments.sequenceSet());
            case "NOT" -> new SearchKey.Not(parse(arguments));
            case "OR" -> new SearchKey.Or(parse(arguments), parse(arguments));
            case "MODSEQ" -> modSeq(arguments);
            case "OLDER", "YOUNGER" -> new SearchKey.Within(name.equals("OLDER"), arguments.number("interval", 1));
            default -> throw new BadCommandException("Unknown search key " + name);
        };
    }

    private static boolean startsSequenceSet(String value) {
        char first = value.charAt(0);
        return (first >= '0' && first <= '9') || first == '*' || value.equals("$");
    }

    private static String keyword(ArgumentReader arguments) throws BadCommandException {
        String keyword = arguments.atom("keyword");
        return Flags.parse(List.of(new Argument.Atom(keyword))).get(0);
    }

    private static SearchKey date(boolean sent, Comparison comparison, ArgumentReader arguments)
            throws BadCommandException {
        return new SearchKey.Date(sent, comparison, DateTimes.date(arguments.astring("date")));
    }

    /** {@code MODSEQ [entry-name entry-type-req] mod-sequence}; the entry is checked and not kept. */
    private static SearchKey modSeq(ArgumentReader arguments) throws BadCommandException {
        if (arguments.peek() instanceof Argument.Quoted) {
            arguments.string("entry name");
            String type = arguments.keyword("entry type");
            if (!type.equals("PRIV") && !type.equals("SHARED") && !type.equals("ALL")) {
                throw new BadCommandException("Invalid MODSEQ entry type " + type);
            }
        }
        return new SearchKey.ModSeq(arguments.number("mod-sequence", 0));
    }
}
