package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.SpoolRepository;
import org.flutemail.domain.SpoolState;
import org.flutemail.domain.SpooledMessage;
import org.hibernate.Session;

@ApplicationScoped
public class JpaSpoolRepository implements SpoolRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void add(SpooledMessage message) {
        em.persist(message);
    }

    @Override
    public void addAll(List<SpooledMessage> messages) {
        em.unwrap(Session.class).doWork(connection -> SpoolInserts.insert(connection, messages));
    }

    @Override
    public Optional<SpooledMessage> byQueueId(String queueId) {
        return em.createQuery("select s from SpooledMessage s where s.queueId = :q", SpooledMessage.class)
                .setParameter("q", queueId)
                .getResultStream().findFirst();
    }

    @Override
    public List<String> pendingSince(Instant before, String afterQueueId, int max) {
        return em.createQuery("""
                select s.queueId from SpooledMessage s
                 where s.state = :state and s.updatedAt < :before and s.queueId > :after
                 order by s.queueId""", String.class)
                .setParameter("state", SpoolState.ACCEPTED)
                .setParameter("before", before)
                .setParameter("after", afterQueueId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countByState(SpoolState state) {
        return em.createQuery("select count(s) from SpooledMessage s where s.state = :state", Long.class)
                .setParameter("state", state).getSingleResult();
    }
}
