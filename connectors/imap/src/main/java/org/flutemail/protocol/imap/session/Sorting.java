package org.flutemail.protocol.imap.session;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.flutemail.protocol.imap.store.ImapStore.SortFields;

/** The orders of SORT (RFC 5256 section 3, RFC 5957 DISPLAYFROM/DISPLAYTO), ties by arrival in the mailbox. */
final class Sorting {

    private Sorting() {
    }

    /** Sorts {@code messages} (in UID order) by the criteria, e.g. {@code [REVERSE DATE, SUBJECT]}. */
    static List<SortFields> sort(List<SortFields> messages, List<String> criteria) {
        Comparator<SortFields> order = null;
        for (String criterion : criteria) {
            boolean reverse = criterion.startsWith("REVERSE ");
            Comparator<SortFields> one = by(reverse ? criterion.substring(8) : criterion);
            one = reverse ? one.reversed() : one;
            order = order == null ? one : order.thenComparing(one);
        }
        Comparator<SortFields> full = order.thenComparingLong(SortFields::uid);
        return messages.stream().sorted(full).toList();
    }

    /** The date SORT DATE and THREAD order by: the Date field, else the internal date (RFC 5256 section 3). */
    static Instant sentDate(SortFields message) {
        return message.sentDate() != null ? message.sentDate() : message.internalDate();
    }

    private static Comparator<SortFields> by(String criterion) {
        return switch (criterion) {
            case "ARRIVAL" -> Comparator.comparing(SortFields::internalDate);
            case "DATE" -> Comparator.comparing(Sorting::sentDate);
            case "SIZE" -> Comparator.comparingLong(SortFields::size);
            case "SUBJECT" -> text(m -> BaseSubject.of(m.subject()));
            case "FROM" -> text(SortFields::from);
            case "TO" -> text(SortFields::to);
            case "CC" -> text(SortFields::cc);
            case "DISPLAYFROM" -> text(SortFields::displayFrom);
            case "DISPLAYTO" -> text(SortFields::displayTo);
            default -> throw new IllegalArgumentException("unknown sort criterion " + criterion);
        };
    }

    /**
     * i;unicode-casemap (RFC 5051), near enough: folded to upper case, which also puts "[" and "_"
     * after the letters as that comparator does; a missing value is the empty string.
     */
    private static Comparator<SortFields> text(Function<SortFields, String> field) {
        return Comparator.comparing(m -> {
            String value = field.apply(m);
            return value == null ? "" : value.toUpperCase(Locale.ROOT);
        });
    }
}
