package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxCounts;
import org.flutemail.domain.MessageFlagState;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.MessageSubject;
import org.flutemail.domain.StoredMessage;

@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

    /**
     * Added to {@code m.uid in :u}: H2 does not look an IN list on the second column of the (mailbox, uid)
     * index up in the index; it walks all the mailbox's rows and tests each against the list (10,000 rows
     * for a FETCH of 20 messages, or a STORE of one). With the list's bounds as a range it walks only the
     * rows between them.
     */
    private static final String UID_RANGE = " and m.uid between :low and :high";

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void add(StoredMessage message) {
        em.persist(message);
    }

    @Override
    public boolean deliveryRecorded(String deliveryKey) {
        return !em.createQuery("select m.id from StoredMessage m where m.deliveryKey = :k", Long.class)
                .setParameter("k", deliveryKey).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<StoredMessage> inMailbox(Mailbox mailbox) {
        // Read-only: a whole mailbox (SELECT, SEARCH) is not kept twice for dirty checking.
        return em.createQuery("select m from StoredMessage m where m.mailbox = :b order by m.uid", StoredMessage.class)
                .setParameter("b", mailbox).setHint("org.hibernate.readOnly", true).getResultList();
    }

    @Override
    public List<MessageFlagState> flagStates(Mailbox mailbox, long belowUid) {
        // Columns rather than entities: a SELECT of a large mailbox costs far less without building them.
        return em.createQuery("select new org.flutemail.domain.MessageFlagState(m.uid, m.modseq, m.seen, m.answered,"
                        + " m.flagged, m.deleted, m.draft, m.keywords, m.internalDate, m.size)"
                        + " from StoredMessage m where m.mailbox = :b and m.uid < :below order by m.uid",
                        MessageFlagState.class)
                .setParameter("b", mailbox).setParameter("below", belowUid).getResultList();
    }

    @Override
    public List<MessageSubject> subjects(Mailbox mailbox, long fromUid, long belowUid) {
        return em.createQuery("select new org.flutemail.domain.MessageSubject(m.uid, m.subject)"
                        + " from StoredMessage m where m.mailbox = :b and m.uid >= :from and m.uid < :below"
                        + " order by m.uid", MessageSubject.class)
                .setParameter("b", mailbox).setParameter("from", fromUid).setParameter("below", belowUid)
                .getResultList();
    }

    @Override
    public Optional<StoredMessage> byUid(Mailbox mailbox, long uid) {
        return em.createQuery("select m from StoredMessage m where m.mailbox = :b and m.uid = :u", StoredMessage.class)
                .setParameter("b", mailbox).setParameter("u", uid).getResultStream().findFirst();
    }

    @Override
    public List<Long> removeByUid(Mailbox mailbox, Collection<Long> uids, long modseq) {
        List<Long> removed = new ArrayList<>();
        for (List<Long> chunk : chunks(uids)) {
            List<Object[]> rows = em.createQuery("select m.uid, m.size from StoredMessage m where m.mailbox = :b"
                    + " and m.uid in :u" + UID_RANGE + " order by m.uid", Object[].class)
                    .setParameter("b", mailbox).setParameter("u", chunk)
                    .setParameter("low", Collections.min(chunk)).setParameter("high", Collections.max(chunk))
                    .getResultList();
            if (rows.isEmpty()) {
                continue;
            }
            List<Long> present = rows.stream().map(row -> (Long) row[0]).toList();
            mailbox.released(rows.stream().mapToLong(row -> (Long) row[1]).sum());
            em.createQuery("delete from StoredMessage m where m.mailbox = :b and m.uid in :u" + UID_RANGE)
                    .setParameter("b", mailbox).setParameter("u", present).setParameter("low", present.get(0))
                    .setParameter("high", present.get(present.size() - 1)).executeUpdate();
            for (Long uid : present) {
                em.createNativeQuery("insert into expunged_message (mailbox_id, uid, modseq) values (?, ?, ?)")
                        .setParameter(1, mailbox.id()).setParameter(2, uid).setParameter(3, modseq).executeUpdate();
            }
            removed.addAll(present);
        }
        removed.sort(null);
        return removed;
    }

    @Override
    public MailboxCounts counts(Mailbox mailbox, long uid) {
        return em.createQuery("""
                select new org.flutemail.domain.MailboxCounts(count(m),
                       coalesce(sum(case when m.seen = false then 1 else 0 end), 0),
                       coalesce(sum(case when m.deleted = true then 1 else 0 end), 0),
                       coalesce(sum(case when m.uid >= :u then 1 else 0 end), 0),
                       coalesce(sum(m.size), 0))
                  from StoredMessage m
                 where m.mailbox = :b""", MailboxCounts.class)
                .setParameter("b", mailbox).setParameter("u", uid).getSingleResult();
    }

    @Override
    public List<StoredMessage> byUids(Mailbox mailbox, Collection<Long> uids) {
        List<StoredMessage> found = new ArrayList<>();
        for (List<Long> chunk : chunks(uids)) {
            found.addAll(em.createQuery("select m from StoredMessage m where m.mailbox = :b and m.uid in :u"
                    + UID_RANGE, StoredMessage.class).setParameter("b", mailbox).setParameter("u", chunk)
                    .setParameter("low", Collections.min(chunk)).setParameter("high", Collections.max(chunk))
                    .getResultList());
        }
        found.sort(java.util.Comparator.comparingLong(StoredMessage::uid));
        return found;
    }

    @Override
    public List<StoredMessage> changedSince(Mailbox mailbox, long modseq) {
        // Read-only: a look at changes never writes them, so they need no copy for dirty checking.
        return em.createQuery("select m from StoredMessage m where m.mailbox = :b and m.modseq > :s order by m.uid",
                StoredMessage.class).setParameter("b", mailbox).setParameter("s", modseq)
                .setHint("org.hibernate.readOnly", true).getResultList();
    }

    @Override
    public List<Long> expungedSince(Mailbox mailbox, long modseq) {
        @SuppressWarnings("unchecked")
        List<Number> uids = em.createNativeQuery("select uid from expunged_message where mailbox_id = ? and modseq > ?"
                + " order by uid").setParameter(1, mailbox.id()).setParameter(2, modseq).getResultList();
        return uids.stream().map(Number::longValue).toList();
    }

    /** IN lists are bounded: PostgreSQL takes at most 32767 parameters in one statement. */
    static List<List<Long>> chunks(Collection<Long> uids) {
        List<Long> all = new ArrayList<>(uids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }

    @Override
    public int markSeen(Mailbox mailbox, Collection<Long> uids, long modseq) {
        return em.createQuery("update StoredMessage m set m.seen = true, m.modseq = :s"
                        + " where m.mailbox = :b and m.uid in :u and m.seen = false")
                .setParameter("s", modseq).setParameter("b", mailbox).setParameter("u", uids).executeUpdate();
    }
}
