package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.ClassOfService;
import org.flutemail.domain.ClassOfServiceRepository;

@ApplicationScoped
public class JpaClassOfServiceRepository implements ClassOfServiceRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<ClassOfService> byName(String name) {
        return em.createQuery("select c from ClassOfService c where c.name = :name", ClassOfService.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<ClassOfService> all() {
        return em.createQuery("select c from ClassOfService c order by c.name", ClassOfService.class).getResultList();
    }

    @Override
    public void add(ClassOfService classOfService) {
        em.persist(classOfService);
    }

    @Override
    public void remove(ClassOfService classOfService) {
        em.remove(classOfService);
    }

    @Override
    public long usage(ClassOfService classOfService) {
        long accounts = em.createQuery("select count(a) from Account a where a.classOfService = :c", Long.class)
                .setParameter("c", classOfService).getSingleResult();
        long domains = em.createQuery("select count(d) from MailDomain d where d.defaultClass = :c", Long.class)
                .setParameter("c", classOfService).getSingleResult();
        return accounts + domains;
    }
}
