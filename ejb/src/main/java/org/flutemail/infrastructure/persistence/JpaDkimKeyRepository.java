package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.DkimKey;
import org.flutemail.domain.DkimKeyRepository;
import org.flutemail.domain.DomainState;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaDkimKeyRepository implements DkimKeyRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<DkimKey> ofDomain(MailDomain domain) {
        return em.createQuery("select k from DkimKey k where k.domain = :d order by k.createdAt, k.id", DkimKey.class)
                .setParameter("d", domain).getResultList();
    }

    @Override
    public Optional<DkimKey> bySelector(MailDomain domain, String selector) {
        return em.createQuery("select k from DkimKey k where k.domain = :d and k.selector = :s", DkimKey.class)
                .setParameter("d", domain).setParameter("s", selector)
                .getResultStream().findFirst();
    }

    @Override
    public List<DkimKey> activeFor(String domainName) {
        return em.createQuery("select k from DkimKey k join k.domain d where d.name = :name and k.active = true"
                        + " and d.state = :state order by k.createdAt, k.id", DkimKey.class)
                .setParameter("name", domainName).setParameter("state", DomainState.ACTIVE)
                .getResultList();
    }

    @Override
    public void add(DkimKey key) {
        em.persist(key);
    }

    @Override
    public void remove(DkimKey key) {
        em.remove(key);
    }
}
