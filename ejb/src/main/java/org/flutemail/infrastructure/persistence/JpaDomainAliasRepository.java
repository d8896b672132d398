package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.DomainAlias;
import org.flutemail.domain.DomainAliasRepository;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaDomainAliasRepository implements DomainAliasRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<DomainAlias> byName(String name) {
        return em.createQuery("select a from DomainAlias a where a.name = :name", DomainAlias.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<DomainAlias> of(MailDomain domain) {
        return em.createQuery("select a from DomainAlias a where a.domain = :d order by a.name", DomainAlias.class)
                .setParameter("d", domain).getResultList();
    }

    @Override
    public void add(DomainAlias alias) {
        em.persist(alias);
    }

    @Override
    public void remove(DomainAlias alias) {
        em.remove(alias);
    }
}
