package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaDomainRepository implements DomainRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<MailDomain> byName(String name) {
        return em.createQuery("select d from MailDomain d where d.name = :name", MailDomain.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<MailDomain> all() {
        return em.createQuery("select d from MailDomain d order by d.name", MailDomain.class).getResultList();
    }

    @Override
    public void add(MailDomain domain) {
        em.persist(domain);
    }

    @Override
    public void remove(MailDomain domain) {
        em.remove(domain);
    }

    @Override
    public long addressCount(MailDomain domain) {
        long aliases = em.createQuery("select count(a) from MailAlias a where a.domain = :d", Long.class)
                .setParameter("d", domain).getSingleResult();
        return accountCount(domain) + aliases;
    }

    @Override
    public long accountCount(MailDomain domain) {
        return em.createQuery("select count(a) from Account a where a.domain = :d", Long.class)
                .setParameter("d", domain).getSingleResult();
    }
}
