package org.flutemail.protocol.imap.command;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence set ({@code 1:4,7,9:*}) or the saved search result {@code $} (RFC 5182). {@code *} is
 * kept as {@link #STAR} and resolved by the session against the mailbox, since it means "the largest
 * number in use" at the time the command runs.
 */
public record SequenceSet(List<Range> ranges, boolean savedResult) {

    /** Stands for {@code *}. */
    public static final long STAR = Long.MAX_VALUE;

    public SequenceSet {
        ranges = List.copyOf(ranges);
    }

    /** A range with {@code low <= high}; {@code *:5} is stored as 5 to STAR, which means the same. */
    public record Range(long low, long high) {
    }

    public static SequenceSet parse(String text) throws BadCommandException {
        if (text.equals("$")) {
            return new SequenceSet(List.of(), true);
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            int colon = part.indexOf(':');
            long first = number(colon < 0 ? part : part.substring(0, colon));
            long second = colon < 0 ? first : number(part.substring(colon + 1));
            ranges.add(new Range(Math.min(first, second), Math.max(first, second)));
        }
        return new SequenceSet(ranges, false);
    }

    private static long number(String text) throws BadCommandException {
        return text.equals("*") ? STAR : Numbers.parse(text, 1, Numbers.MAX_UINT32, "Invalid sequence set");
    }
}
