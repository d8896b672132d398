package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.ScheduledMessage;
import org.flutemail.domain.ScheduledMessage.State;
import org.flutemail.domain.ScheduledMessageRepository;

@ApplicationScoped
public class JpaScheduledMessageRepository implements ScheduledMessageRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void add(ScheduledMessage message) {
        em.persist(message);
    }

    @Override
    public List<ScheduledMessage> pendingOf(Account account) {
        return em.createQuery("select s from ScheduledMessage s where s.account = :a and s.state in :states"
                + " order by s.sendAt, s.id", ScheduledMessage.class).setParameter("a", account)
                .setParameter("states", List.of(State.WAITING, State.SENDING, State.FAILED)).getResultList();
    }

    @Override
    public Optional<ScheduledMessage> byId(Account account, long id) {
        return em.createQuery("select s from ScheduledMessage s where s.account = :a and s.id = :id",
                ScheduledMessage.class).setParameter("a", account).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<ScheduledMessage> byId(long id) {
        return Optional.ofNullable(em.find(ScheduledMessage.class, id));
    }

    @Override
    public List<Long> due(Instant now, int max) {
        return em.createQuery("select s.id from ScheduledMessage s where s.state = :w and s.sendAt <= :now"
                + " order by s.sendAt, s.id", Long.class).setParameter("w", State.WAITING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    @Override
    public boolean claim(long id) {
        return em.createQuery("update ScheduledMessage s set s.state = :sending where s.id = :id and s.state = :w")
                .setParameter("sending", State.SENDING).setParameter("id", id).setParameter("w", State.WAITING)
                .executeUpdate() == 1;
    }

    @Override
    public int releaseAll() {
        return em.createQuery("update ScheduledMessage s set s.state = :w where s.state = :sending")
                .setParameter("w", State.WAITING).setParameter("sending", State.SENDING).executeUpdate();
    }
}
