package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.StoredMessage;

@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

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
        return em.createQuery("select m from StoredMessage m where m.mailbox = :b order by m.uid", StoredMessage.class)
                .setParameter("b", mailbox).getResultList();
    }

    @Override
    public Optional<StoredMessage> byUid(Mailbox mailbox, long uid) {
        return em.createQuery("select m from StoredMessage m where m.mailbox = :b and m.uid = :u", StoredMessage.class)
                .setParameter("b", mailbox).setParameter("u", uid).getResultStream().findFirst();
    }

    @Override
    public int removeByUid(Mailbox mailbox, Collection<Long> uids) {
        return em.createQuery("delete from StoredMessage m where m.mailbox = :b and m.uid in :u")
                .setParameter("b", mailbox).setParameter("u", uids).executeUpdate();
    }

    @Override
    public int markSeen(Mailbox mailbox, Collection<Long> uids, long modseq) {
        return em.createQuery("update StoredMessage m set m.seen = true, m.modseq = :s"
                        + " where m.mailbox = :b and m.uid in :u and m.seen = false")
                .setParameter("s", modseq).setParameter("b", mailbox).setParameter("u", uids).executeUpdate();
    }
}
