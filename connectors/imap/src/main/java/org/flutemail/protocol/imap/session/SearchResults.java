package org.flutemail.protocol.imap.session;

import java.util.List;
import java.util.Set;

import org.flutemail.protocol.imap.response.ResponseWriter;

/** An ESEARCH response (RFC 4731) for the matches of one search. */
final class SearchResults {

    private final List<Long> numbers;
    private final boolean byUid;

    SearchResults(List<Long> uids, boolean byUid, SelectedMailbox mailbox) {
        this.byUid = byUid;
        this.numbers = byUid ? uids : uids.stream().map(uid -> (long) mailbox.sequenceOf(uid)).toList();
    }

    /** Empty options mean ALL (RFC 4731 section 3.1). */
    /** @param highestModSeq the MODSEQ to report (RFC 7162 section 3.1.5), or -1 for none */
    void writeEsearch(ResponseWriter out, String tag, Set<String> options, long highestModSeq) {
        Set<String> wanted = options.isEmpty() ? Set.of("ALL") : options;
        out.atom("ESEARCH").openList().atom("TAG").string(tag).closeList();
        if (byUid) {
            out.atom("UID");
        }
        if (wanted.contains("MIN") && !numbers.isEmpty()) {
            out.atom("MIN").number(numbers.get(0));
        }
        if (wanted.contains("MAX") && !numbers.isEmpty()) {
            out.atom("MAX").number(numbers.get(numbers.size() - 1));
        }
        if (wanted.contains("COUNT")) {
            out.atom("COUNT").number(numbers.size());
        }
        if (wanted.contains("ALL") && !numbers.isEmpty()) {
            out.atom("ALL").atom(UidSets.format(numbers));
        }
        if (highestModSeq >= 0) {
            out.atom("MODSEQ").number(highestModSeq);
        }
        out.end();
    }
}
