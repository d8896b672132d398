package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.MailingList;
import org.flutemail.domain.MailingListRepository;

@ApplicationScoped
public class JpaMailingListRepository implements MailingListRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<MailingList> byAddress(String address) {
        return em.createQuery("select l from MailingList l join fetch l.domain where l.address = :address",
                MailingList.class).setParameter("address", address).getResultStream().findFirst();
    }

    @Override
    public List<MailingList> list(MailDomain domain) {
        if (domain == null) {
            return em.createQuery("select l from MailingList l order by l.address", MailingList.class).getResultList();
        }
        return em.createQuery("select l from MailingList l where l.domain = :d order by l.address", MailingList.class)
                .setParameter("d", domain).getResultList();
    }

    @Override
    public List<MailingList> moderatedBy(String address) {
        return em.createQuery("select l from MailingList l join l.moderators m where m = :a order by l.address",
                MailingList.class).setParameter("a", address).getResultList();
    }

    @Override
    public void add(MailingList list) {
        em.persist(list);
    }

    @Override
    public void remove(MailingList list) {
        em.remove(list);
    }
}
