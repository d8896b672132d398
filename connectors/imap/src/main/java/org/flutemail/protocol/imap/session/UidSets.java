package org.flutemail.protocol.imap.session;

import java.util.List;

/** Writes numbers as a compact IMAP set ({@code 1:3,7}) in the order given, as UIDPLUS responses need. */
final class UidSets {

    private UidSets() {
    }

    static String format(List<Long> numbers) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(numbers.get(i));
            if (j > i) {
                out.append(':').append(numbers.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
