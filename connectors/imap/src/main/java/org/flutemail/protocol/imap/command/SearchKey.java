package org.flutemail.protocol.imap.command;

import java.time.LocalDate;
import java.util.List;

/**
 * A search criterion as a tree: the RFC 9051 search-key grammar with MODSEQ (RFC 7162) and
 * OLDER/YOUNGER (RFC 5032). Keys that are shorthand are normalised: UNSEEN is {@code Flag(\Seen, false)},
 * NEW is RECENT and UNSEEN, a list of keys is an {@link And}.
 */
public sealed interface SearchKey {

    record All() implements SearchKey {
    }

    /** A system flag ({@code \Seen}) or keyword, set or not set. */
    record Flag(String flag, boolean set) implements SearchKey {
    }

    /** Substring search in a field: BCC, BODY, CC, FROM, SUBJECT, TEXT, TO. */
    record Text(String field, String value) implements SearchKey {
    }

    record Header(String name, String value) implements SearchKey {
    }

    /** BEFORE, ON, SINCE on the internal date, or on the Date header when {@code sent}. */
    record Date(boolean sent, Comparison comparison, LocalDate date) implements SearchKey {
    }

    enum Comparison { BEFORE, ON, SINCE }

    /** LARGER (true) or SMALLER (false) than a size in octets. */
    record Size(boolean larger, long octets) implements SearchKey {
    }

    /** Message sequence numbers, or UIDs for {@code UID set}. */
    record Sequence(boolean uid, SequenceSet set) implements SearchKey {
    }

    record ModSeq(long modSeq) implements SearchKey {
    }

    /** OLDER (true) or YOUNGER (false) than a number of seconds (WITHIN, RFC 5032). */
    record Within(boolean older, long seconds) implements SearchKey {
    }

    record Not(SearchKey key) implements SearchKey {
    }

    record Or(SearchKey left, SearchKey right) implements SearchKey {
    }

    record And(List<SearchKey> keys) implements SearchKey {
        public And {
            keys = List.copyOf(keys);
        }
    }
}
