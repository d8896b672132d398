package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.Administrator;
import org.flutemail.domain.AdministratorRepository;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaAdministratorRepository implements AdministratorRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<Administrator> byLogin(String login) {
        return em.createQuery("select a from Administrator a where a.login = :login", Administrator.class)
                .setParameter("login", login).getResultStream().findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Administrator a", Long.class).getSingleResult();
    }

    @Override
    public void add(Administrator administrator) {
        em.persist(administrator);
    }

    @Override
    public List<Administrator> ofDomain(MailDomain domain) {
        return em.createQuery("select a from Administrator a join a.domains d where d = :domain order by a.login",
                Administrator.class).setParameter("domain", domain).getResultList();
    }
}
