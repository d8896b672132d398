package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.OutboundDelivery;
import org.flutemail.domain.OutboundRepository;

@ApplicationScoped
public class JpaOutboundRepository implements OutboundRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void add(OutboundDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public Optional<OutboundDelivery> lock(long id) {
        return Optional.ofNullable(em.find(OutboundDelivery.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<OutboundDelivery> queued(int max) {
        return em.createQuery("select d from OutboundDelivery d where d.state = :s order by d.id", OutboundDelivery.class)
                .setParameter("s", OutboundDelivery.State.QUEUED).setMaxResults(max).getResultList();
    }

    @Override
    public List<OutboundDelivery> overdue(java.time.Instant before, int max) {
        return em.createQuery("""
                select d from OutboundDelivery d
                 where d.state = :s and d.nextAttemptAt < :before
                 order by d.nextAttemptAt""", OutboundDelivery.class)
                .setParameter("s", OutboundDelivery.State.QUEUED).setParameter("before", before)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void remove(OutboundDelivery delivery) {
        em.remove(delivery);
    }

    @Override
    public long countQueued() {
        return em.createQuery("select count(d) from OutboundDelivery d where d.state = :s", Long.class)
                .setParameter("s", OutboundDelivery.State.QUEUED).getSingleResult();
    }

    @Override
    public long countQueued(boolean retried) {
        return em.createQuery("select count(d) from OutboundDelivery d where d.state = :s and d.attempts "
                + (retried ? "> 0" : "= 0"), Long.class)
                .setParameter("s", OutboundDelivery.State.QUEUED).getSingleResult();
    }

    @Override
    public long countFailed() {
        return em.createQuery("select count(distinct d) from OutboundDelivery d join d.recipients r"
                + " where d.state = :s and r.state = :failed", Long.class)
                .setParameter("s", OutboundDelivery.State.DONE)
                .setParameter("failed", org.flutemail.domain.OutboundRecipient.State.FAILED).getSingleResult();
    }
}
