package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.MailSettings;
import org.flutemail.domain.MailSettingsRepository;

@ApplicationScoped
public class JpaMailSettingsRepository implements MailSettingsRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public Optional<MailSettings> ofAccount(Account account) {
        return em.createQuery("select s from MailSettings s where s.account = :a", MailSettings.class)
                .setParameter("a", account).getResultStream().findFirst();
    }

    @Override
    public Optional<MailSettings> byId(long id) {
        return Optional.ofNullable(em.find(MailSettings.class, id));
    }

    @Override
    public void add(MailSettings settings) {
        em.persist(settings);
    }
}
