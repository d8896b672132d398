package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.MessageSubject;
import org.flutemail.domain.MessageSummary;

/**
 * The lower-cased subjects of the messages of the mailboxes searched lately, kept in memory so that an
 * IMAP SEARCH SUBJECT compares strings instead of making the database scan and load every row of the
 * mailbox at each search.
 *
 * <p>A subject never changes once its message is stored, so a kept copy only needs the messages added
 * and removed since it was taken: each use brings it up to the mailbox row the caller read in its
 * transaction, by UID for additions (UIDs only grow, and the row's next UID is committed with the
 * messages below it) and by the tombstones' mod-sequence for removals. What a search sees is therefore
 * what the database holds, whichever session or node changed it.
 */
@ApplicationScoped
public class SubjectIndex {

    /** Mailboxes kept; the least recently searched one is dropped first. About 1 MB per 10,000 messages. */
    static final int MAILBOXES = 32;

    @Inject
    MessageRepository messages;

    private final Map<Long, Subjects> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Subjects> eldest) {
            return size() > MAILBOXES;
        }
    };

    /** The mailbox's subjects as of {@code mailbox}, a row read in the caller's transaction, or later. */
    Subjects of(Mailbox mailbox) {
        Subjects known;
        synchronized (kept) {
            known = kept.get(mailbox.id());
        }
        Subjects current;
        if (known == null || known.uidValidity != mailbox.uidValidity()) {
            current = Subjects.EMPTY.with(mailbox.uidValidity(), messages.subjects(mailbox, 0, mailbox.nextUid()),
                    Set.of(), mailbox.nextUid(), mailbox.highestModseq());
        } else if (known.nextUid < mailbox.nextUid() || known.modseq < mailbox.highestModseq()) {
            List<MessageSubject> added = known.nextUid < mailbox.nextUid()
                    ? messages.subjects(mailbox, known.nextUid, mailbox.nextUid()) : List.of();
            Set<Long> removed = known.modseq < mailbox.highestModseq()
                    ? new HashSet<>(messages.expungedSince(mailbox, known.modseq)) : Set.of();
            current = known.with(known.uidValidity, added, removed, Math.max(known.nextUid, mailbox.nextUid()),
                    Math.max(known.modseq, mailbox.highestModseq()));
        } else {
            return known;
        }
        synchronized (kept) {
            Subjects other = kept.get(mailbox.id());
            if (other == null || other.uidValidity != current.uidValidity
                    || other.nextUid <= current.nextUid && other.modseq <= current.modseq) {
                kept.put(mailbox.id(), current);
            }
        }
        return current;
    }

    /** One mailbox's subjects: immutable, so that searches share it without locking. */
    static final class Subjects {

        static final Subjects EMPTY = new Subjects(0, new long[0], new String[0], new boolean[0], 0, 0);

        private final long uidValidity;
        private final long[] uids;
        /** Lower-cased as {@link ImapSearch} compares them; null for a message without a subject. */
        private final String[] lower;
        /** Whether the row clipped the subject ({@link MessageSummary#MAX_SUBJECT}). */
        private final boolean[] clipped;
        /** Every message below this UID is in (or was removed). */
        private final long nextUid;
        /** Every removal up to this mod-sequence is applied. */
        private final long modseq;

        private Subjects(long uidValidity, long[] uids, String[] lower, boolean[] clipped, long nextUid,
                long modseq) {
            this.uidValidity = uidValidity;
            this.uids = uids;
            this.lower = lower;
            this.clipped = clipped;
            this.nextUid = nextUid;
            this.modseq = modseq;
        }

        Subjects with(long validity, List<MessageSubject> added, Set<Long> removed, long next, long upTo) {
            long[] newUids = new long[uids.length + added.size()];
            String[] newLower = new String[newUids.length];
            boolean[] newClipped = new boolean[newUids.length];
            int count = 0;
            for (int i = 0; i < uids.length; i++) {
                if (!removed.contains(uids[i])) {
                    newUids[count] = uids[i];
                    newClipped[count] = clipped[i];
                    newLower[count++] = lower[i];
                }
            }
            long last = count == 0 ? 0 : newUids[count - 1];
            for (MessageSubject message : added) {
                // Ascending by the query's order; a UID at or below the last kept one is already here.
                if (message.uid() > last && !removed.contains(message.uid())) {
                    String subject = message.subject();
                    newUids[count] = message.uid();
                    newClipped[count] = subject != null && subject.length() >= MessageSummary.MAX_SUBJECT;
                    newLower[count++] = subject == null ? null : subject.toLowerCase(Locale.ROOT);
                    last = message.uid();
                }
            }
            return new Subjects(validity, Arrays.copyOf(newUids, count), Arrays.copyOf(newLower, count),
                    Arrays.copyOf(newClipped, count), next, upTo);
        }

        /**
         * The UIDs whose subject contains {@code wanted} (lower-cased) for certain, and those whose subject
         * the row clipped ({@link MessageSummary#MAX_SUBJECT}), which only the message's header can decide.
         */
        Match match(String wanted) {
            List<Long> certain = new ArrayList<>();
            List<Long> unsure = new ArrayList<>();
            for (int i = 0; i < uids.length; i++) {
                String subject = lower[i];
                if (subject == null) {
                    continue;
                }
                if (clipped[i]) {
                    unsure.add(uids[i]);
                } else if (subject.contains(wanted)) {
                    certain.add(uids[i]);
                }
            }
            return new Match(certain, unsure);
        }
    }

    /** Both lists ascending by UID. */
    record Match(List<Long> certain, List<Long> clipped) {

        /** Both, ascending. */
        List<Long> all() {
            List<Long> all = new ArrayList<>(certain);
            all.addAll(clipped);
            all.sort(null);
            return all;
        }
    }
}
