package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.MaildropLock;
import org.flutemail.domain.MaildropLockRepository;

/** Renewal and release are single statements keyed by the holder's token, so they touch only its own lock. */
@ApplicationScoped
public class JpaMaildropLockRepository implements MaildropLockRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<MaildropLock> of(Account account) {
        return Optional.ofNullable(em.find(MaildropLock.class, account.id()));
    }

    @Override
    public void add(MaildropLock lock) {
        em.persist(lock);
    }

    @Override
    public boolean renew(String holder, Instant expiresAt) {
        return em.createQuery("update MaildropLock l set l.expiresAt = :e where l.holder = :h")
                .setParameter("e", expiresAt).setParameter("h", holder).executeUpdate() > 0;
    }

    @Override
    public void release(String holder) {
        em.createQuery("delete from MaildropLock l where l.holder = :h").setParameter("h", holder).executeUpdate();
    }
}
