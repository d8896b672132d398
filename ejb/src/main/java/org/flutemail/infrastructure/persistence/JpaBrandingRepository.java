package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.flutemail.domain.BrandingRepository;
import org.flutemail.domain.DomainBranding;
import org.flutemail.domain.DomainLogo;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaBrandingRepository implements BrandingRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<DomainBranding> of(MailDomain domain) {
        return em.createQuery("select b from DomainBranding b where b.domain = :d", DomainBranding.class)
                .setParameter("d", domain).getResultStream().findFirst();
    }

    @Override
    public void add(DomainBranding branding) {
        em.persist(branding);
    }

    @Override
    public Optional<DomainLogo> logoOf(MailDomain domain) {
        return em.createQuery("select l from DomainLogo l where l.domain = :d", DomainLogo.class)
                .setParameter("d", domain).getResultStream().findFirst();
    }

    @Override
    public void addLogo(DomainLogo logo) {
        em.persist(logo);
    }

    @Override
    public void removeLogo(DomainLogo logo) {
        em.remove(logo);
    }
}
