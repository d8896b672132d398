package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.DomainState;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.SignupPolicy;
import org.flutemail.domain.SignupPolicyRepository;

@ApplicationScoped
public class JpaSignupPolicyRepository implements SignupPolicyRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<SignupPolicy> of(MailDomain domain) {
        return Optional.ofNullable(em.find(SignupPolicy.class, domain.id()));
    }

    @Override
    public void add(SignupPolicy policy) {
        em.persist(policy);
    }

    @Override
    public List<String> openDomainNames() {
        return em.createQuery("select d.name from MailDomain d, SignupPolicy p where p.domainId = d.id"
                + " and p.allowed = true and d.state = :active order by d.name", String.class)
                .setParameter("active", DomainState.ACTIVE).getResultList();
    }
}
