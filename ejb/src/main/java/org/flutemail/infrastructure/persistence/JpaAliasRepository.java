package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.AliasRepository;
import org.flutemail.domain.MailAlias;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaAliasRepository implements AliasRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<MailAlias> byAddress(String address) {
        return em.createQuery("select a from MailAlias a join fetch a.domain where a.address = :address",
                MailAlias.class).setParameter("address", address).getResultStream().findFirst();
    }

    @Override
    public List<MailAlias> list(MailDomain domain) {
        if (domain == null) {
            return em.createQuery("select a from MailAlias a order by a.address", MailAlias.class).getResultList();
        }
        return em.createQuery("select a from MailAlias a where a.domain = :d order by a.address", MailAlias.class)
                .setParameter("d", domain).getResultList();
    }

    @Override
    public void add(MailAlias alias) {
        em.persist(alias);
    }

    @Override
    public void remove(MailAlias alias) {
        em.remove(alias);
    }
}
