package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.DomainAddressBookRepository;
import org.flutemail.domain.DomainAddressEntry;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaDomainAddressBookRepository implements DomainAddressBookRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<DomainAddressEntry> entries(MailDomain domain) {
        return em.createQuery("select e from DomainAddressEntry e where e.domain = :d order by e.name, e.id",
                DomainAddressEntry.class).setParameter("d", domain).getResultList();
    }

    @Override
    public Optional<DomainAddressEntry> entry(MailDomain domain, long id) {
        return em.createQuery("select e from DomainAddressEntry e where e.domain = :d and e.id = :id",
                DomainAddressEntry.class).setParameter("d", domain).setParameter("id", id).getResultStream()
                .findFirst();
    }

    @Override
    public Optional<DomainAddressEntry> byAddress(MailDomain domain, String address) {
        return em.createQuery("select e from DomainAddressEntry e where e.domain = :d and e.address = :a",
                DomainAddressEntry.class).setParameter("d", domain).setParameter("a", address).getResultStream()
                .findFirst();
    }

    @Override
    public void add(DomainAddressEntry entry) {
        em.persist(entry);
    }

    @Override
    public void remove(DomainAddressEntry entry) {
        em.remove(entry);
    }
}
