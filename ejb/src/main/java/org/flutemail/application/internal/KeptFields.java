package org.flutemail.application.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageRepository;

/**
 * Searchable fields of the messages of the mailboxes searched lately, kept in memory so that an IMAP
 * SEARCH on them compares strings instead of making the database load, and the server parse, every
 * message of the mailbox at each search. Subclasses say which fields ({@link SubjectIndex},
 * {@link AddressIndex}).
 *
 * <p>The fields kept never change once a message is stored, so a kept copy only needs the messages added
 * and removed since it was taken: each use brings it up to the mailbox row the caller read in its
 * transaction, by UID for additions (UIDs only grow, and the row's next UID is committed with the
 * messages below it) and by the tombstones' mod-sequence for removals (every removal writes one, see
 * {@link MessageRepository#removeByUid}). What a search sees is therefore what the database holds,
 * whichever session or node changed it; after a restart the copy is read again on first use.
 */
abstract class KeptFields {

    @Inject
    MessageRepository messages;

    private final int mailboxes;

    private final Map<Long, Kept> byMailbox;

    /** One lock per mailbox being read whole, so that sessions searching it at once read it once. */
    private final Map<Long, Object> firstReads = new ConcurrentHashMap<>();

    /** @param mailboxes how many mailboxes to keep; the least recently searched one is dropped first */
    KeptFields(int mailboxes) {
        this.mailboxes = mailboxes;
        this.byMailbox = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
                return size() > KeptFields.this.mailboxes;
            }
        };
    }

    /** One message's fields, and whether they decide a match ({@code false}: only the message can). */
    record Entry(long uid, String[] fields, boolean exact) {
    }

    /** The fields of the mailbox's messages with {@code fromUid <= uid < belowUid}, in UID order. */
    abstract List<Entry> read(Mailbox mailbox, long fromUid, long belowUid);

    /** Whether this keeps the field of an IMAP SEARCH text key ({@code SUBJECT}, {@code FROM} ...; upper case). */
    abstract boolean keeps(String field);

    /** Whether a message's kept fields contain {@code wanted} (lower-cased) in {@code field}, as ImapSearch decides. */
    abstract Predicate<String[]> contains(String field, String wanted);

    /**
     * The mailbox's messages, as of {@code mailbox} (a row read in the caller's transaction) or later, whose
     * {@code field} contains {@code wanted} (lower-cased) for certain, and those the kept fields cannot decide.
     */
    Match match(Mailbox mailbox, String field, String wanted) {
        return kept(mailbox).match(contains(field, wanted));
    }

    /** The mailbox's fields as of {@code mailbox}, a row read in the caller's transaction, or later. */
    private Kept kept(Mailbox mailbox) {
        Kept known = known(mailbox);
        if (known == null) {
            // Read whole by one session; the others wait for it and then catch up from its copy.
            Object lock = firstReads.computeIfAbsent(mailbox.id(), id -> new Object());
            synchronized (lock) {
                known = known(mailbox);
                if (known == null) {
                    try {
                        return keep(mailbox.id(), Kept.EMPTY.with(mailbox.uidValidity(),
                                read(mailbox, 0, mailbox.nextUid()), Set.of(), mailbox.nextUid(),
                                mailbox.highestModseq()));
                    } finally {
                        firstReads.remove(mailbox.id(), lock);
                    }
                }
            }
        }
        if (known.nextUid >= mailbox.nextUid() && known.modseq >= mailbox.highestModseq()) {
            return known;
        }
        List<Entry> added = known.nextUid < mailbox.nextUid() ? read(mailbox, known.nextUid, mailbox.nextUid())
                : List.of();
        Set<Long> removed = known.modseq < mailbox.highestModseq()
                ? new HashSet<>(messages.expungedSince(mailbox, known.modseq)) : Set.of();
        return keep(mailbox.id(), known.with(known.uidValidity, added, removed,
                Math.max(known.nextUid, mailbox.nextUid()), Math.max(known.modseq, mailbox.highestModseq())));
    }

    /** The kept copy of this incarnation of the mailbox, or null. */
    private Kept known(Mailbox mailbox) {
        synchronized (byMailbox) {
            Kept known = byMailbox.get(mailbox.id());
            return known == null || known.uidValidity != mailbox.uidValidity() ? null : known;
        }
    }

    /** Keeps {@code current} unless another session kept a later copy meanwhile. */
    private Kept keep(long mailboxId, Kept current) {
        synchronized (byMailbox) {
            Kept other = byMailbox.get(mailboxId);
            if (other == null || other.uidValidity != current.uidValidity
                    || other.nextUid <= current.nextUid && other.modseq <= current.modseq) {
                byMailbox.put(mailboxId, current);
            }
        }
        return current;
    }

    /** One mailbox's fields: immutable, so that searches share it without locking. */
    static final class Kept {

        static final Kept EMPTY = new Kept(0, new long[0], new String[0][], new boolean[0], 0, 0);

        private final long uidValidity;
        private final long[] uids;
        private final String[][] fields;
        private final boolean[] exact;
        /** Every message below this UID is in (or was removed). */
        private final long nextUid;
        /** Every removal up to this mod-sequence is applied. */
        private final long modseq;

        private Kept(long uidValidity, long[] uids, String[][] fields, boolean[] exact, long nextUid, long modseq) {
            this.uidValidity = uidValidity;
            this.uids = uids;
            this.fields = fields;
            this.exact = exact;
            this.nextUid = nextUid;
            this.modseq = modseq;
        }

        Kept with(long validity, List<Entry> added, Set<Long> removed, long next, long upTo) {
            long[] newUids = new long[uids.length + added.size()];
            String[][] newFields = new String[newUids.length][];
            boolean[] newExact = new boolean[newUids.length];
            int count = 0;
            for (int i = 0; i < uids.length; i++) {
                if (!removed.contains(uids[i])) {
                    newUids[count] = uids[i];
                    newExact[count] = exact[i];
                    newFields[count++] = fields[i];
                }
            }
            long last = count == 0 ? 0 : newUids[count - 1];
            for (Entry entry : added) {
                // Ascending by the query's order; a UID at or below the last kept one is already here.
                if (entry.uid() > last && !removed.contains(entry.uid())) {
                    newUids[count] = entry.uid();
                    newExact[count] = entry.exact();
                    newFields[count++] = entry.fields();
                    last = entry.uid();
                }
            }
            return new Kept(validity, Arrays.copyOf(newUids, count), Arrays.copyOf(newFields, count),
                    Arrays.copyOf(newExact, count), next, upTo);
        }

        /**
         * The UIDs whose fields pass {@code test} for certain, and those whose kept fields cannot decide,
         * which only the message can.
         */
        Match match(Predicate<String[]> test) {
            List<Long> certain = new ArrayList<>();
            List<Long> unsure = new ArrayList<>();
            for (int i = 0; i < uids.length; i++) {
                if (!exact[i]) {
                    unsure.add(uids[i]);
                } else if (test.test(fields[i])) {
                    certain.add(uids[i]);
                }
            }
            return new Match(certain, unsure);
        }
    }

    /** Both lists ascending by UID. */
    record Match(List<Long> certain, List<Long> unsure) {

        /** Both, ascending. */
        List<Long> all() {
            List<Long> all = new ArrayList<>(certain);
            all.addAll(unsure);
            all.sort(null);
            return all;
        }
    }
}
