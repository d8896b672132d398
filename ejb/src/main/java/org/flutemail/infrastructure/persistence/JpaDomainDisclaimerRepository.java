package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.flutemail.domain.DomainDisclaimer;
import org.flutemail.domain.DomainDisclaimerRepository;
import org.flutemail.domain.DomainState;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaDomainDisclaimerRepository implements DomainDisclaimerRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<DomainDisclaimer> ofDomain(MailDomain domain) {
        return Optional.ofNullable(em.find(DomainDisclaimer.class, domain.id()));
    }

    @Override
    public Optional<DomainDisclaimer> enabledFor(String domainName) {
        return em.createQuery("select x from DomainDisclaimer x, MailDomain d where x.domainId = d.id"
                        + " and d.name = :name and d.state = :state and x.enabled = true", DomainDisclaimer.class)
                .setParameter("name", domainName).setParameter("state", DomainState.ACTIVE)
                .getResultStream().findFirst();
    }

    @Override
    public void add(DomainDisclaimer disclaimer) {
        em.persist(disclaimer);
    }
}
