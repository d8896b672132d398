package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.TrustedImageSender;
import org.flutemail.domain.TrustedImageSenderRepository;

@ApplicationScoped
public class JpaTrustedImageSenderRepository implements TrustedImageSenderRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<TrustedImageSender> ofAccount(Account account) {
        return em.createQuery("select t from TrustedImageSender t where t.account = :a order by t.address",
                TrustedImageSender.class).setParameter("a", account).getResultList();
    }

    @Override
    public Optional<TrustedImageSender> find(Account account, EmailAddress address) {
        return em.createQuery("select t from TrustedImageSender t where t.account = :a and t.address = :address",
                TrustedImageSender.class).setParameter("a", account).setParameter("address", address.toString())
                .getResultStream().findFirst();
    }

    @Override
    public void add(TrustedImageSender sender) {
        em.persist(sender);
    }

    @Override
    public void remove(TrustedImageSender sender) {
        em.remove(sender);
    }
}
