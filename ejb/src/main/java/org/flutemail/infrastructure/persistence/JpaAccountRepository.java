package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<Account> byAddress(String address) {
        return em.createQuery("select a from Account a join fetch a.domain where a.address = :address", Account.class)
                .setParameter("address", address)
                .getResultStream().findFirst();
    }

    @Override
    public List<Account> list(MailDomain domain) {
        if (domain == null) {
            return em.createQuery("select a from Account a join fetch a.domain order by a.address", Account.class)
                    .getResultList();
        }
        return em.createQuery("select a from Account a join fetch a.domain where a.domain = :d order by a.address",
                Account.class).setParameter("d", domain).getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public void remove(Account account) {
        // Mailboxes and messages go with the account through ON DELETE CASCADE in the schema; the
        // persistence context must not keep stale copies of them.
        em.remove(account);
        em.flush();
        em.clear();
    }
}
