package org.flutemail.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * IMAP flags as a message row keeps them: five system flags of their own and the keywords, sorted and
 * separated by spaces (null when there are none). {@code \Recent} is not stored (RFC 9051 dropped it).
 */
public record FlagColumns(boolean seen, boolean answered, boolean flagged, boolean deleted, boolean draft,
        String keywords) {

    /** The columns for exactly these flag names; system flags match without regard to case. */
    public static FlagColumns of(Set<String> flags) {
        Set<String> words = new TreeSet<>();
        flags.stream().filter(flag -> !flag.startsWith("\\")).forEach(words::add);
        return new FlagColumns(contains(flags, StoredMessage.SEEN), contains(flags, StoredMessage.ANSWERED),
                contains(flags, StoredMessage.FLAGGED), contains(flags, StoredMessage.DELETED),
                contains(flags, StoredMessage.DRAFT), words.isEmpty() ? null : String.join(" ", words));
    }

    private static boolean contains(Set<String> flags, String flag) {
        return flags.stream().anyMatch(f -> f.equalsIgnoreCase(flag));
    }
}
