package org.flutemail.protocol.imap.session;

import java.util.ArrayList;
import java.util.List;

import org.flutemail.protocol.imap.command.SearchKey;
import org.flutemail.protocol.imap.command.SequenceSet;

/**
 * Turns the sequence-number keys of a search into UID keys, since the store knows only UIDs and
 * sequence numbers are this session's.
 */
final class SearchTranslator {

    private SearchTranslator() {
    }

    /** Whether the key searches by mod-sequence anywhere in it. */
    static boolean usesModSeq(SearchKey key) {
        if (key instanceof SearchKey.ModSeq) {
            return true;
        }
        if (key instanceof SearchKey.Not not) {
            return usesModSeq(not.key());
        }
        if (key instanceof SearchKey.Or or) {
            return usesModSeq(or.left()) || usesModSeq(or.right());
        }
        return key instanceof SearchKey.And and && and.keys().stream().anyMatch(SearchTranslator::usesModSeq);
    }

    static SearchKey toUids(SearchKey key, SelectedMailbox mailbox) {
        if (key instanceof SearchKey.Sequence sequence) {
            List<SequenceSet.Range> ranges = new ArrayList<>();
            mailbox.resolve(sequence.set(), sequence.uid()).forEach(uid -> ranges.add(new SequenceSet.Range(uid, uid)));
            return new SearchKey.Sequence(true, new SequenceSet(ranges, false));
        }
        if (key instanceof SearchKey.Flag flag && flag.flag().equalsIgnoreCase("\\Recent")) {
            // \Recent is this session's, not the store's.
            List<SequenceSet.Range> ranges = new ArrayList<>();
            mailbox.recentUids().forEach(uid -> ranges.add(new SequenceSet.Range(uid, uid)));
            SearchKey recent = new SearchKey.Sequence(true, new SequenceSet(ranges, false));
            return flag.set() ? recent : new SearchKey.Not(recent);
        }
        if (key instanceof SearchKey.Not not) {
            return new SearchKey.Not(toUids(not.key(), mailbox));
        }
        if (key instanceof SearchKey.Or or) {
            return new SearchKey.Or(toUids(or.left(), mailbox), toUids(or.right(), mailbox));
        }
        if (key instanceof SearchKey.And and) {
            return new SearchKey.And(and.keys().stream().map(k -> toUids(k, mailbox)).toList());
        }
        return key;
    }
}
