package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.flutemail.domain.AutoReplySent;
import org.flutemail.domain.AutoReplySentRepository;

@ApplicationScoped
public class JpaAutoReplySentRepository implements AutoReplySentRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<AutoReplySent> lock(long accountId, String sender) {
        return em.createQuery("select r from AutoReplySent r where r.accountId = :a and r.sender = :s",
                AutoReplySent.class).setParameter("a", accountId).setParameter("s", sender)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void add(AutoReplySent sent) {
        em.persist(sent);
    }
}
