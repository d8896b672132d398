package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.Signature;
import org.flutemail.domain.SignatureRepository;

@ApplicationScoped
public class JpaSignatureRepository implements SignatureRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<Signature> ofAccount(Account account) {
        return em.createQuery("select s from Signature s where s.account = :a order by s.createdAt, s.id",
                Signature.class).setParameter("a", account).getResultList();
    }

    @Override
    public Optional<Signature> byId(Account account, long id) {
        return em.createQuery("select s from Signature s where s.account = :a and s.id = :id", Signature.class)
                .setParameter("a", account).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(Signature signature) {
        em.persist(signature);
    }

    @Override
    public void remove(Signature signature) {
        em.remove(signature);
    }
}
