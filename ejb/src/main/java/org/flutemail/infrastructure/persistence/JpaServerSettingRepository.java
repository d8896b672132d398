package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.ServerSetting;
import org.flutemail.domain.ServerSettingRepository;

@ApplicationScoped
public class JpaServerSettingRepository implements ServerSettingRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<ServerSetting> all() {
        return em.createQuery("select s from ServerSetting s order by s.name", ServerSetting.class).getResultList();
    }

    @Override
    public Optional<ServerSetting> byName(String name) {
        return Optional.ofNullable(em.find(ServerSetting.class, name));
    }

    @Override
    public void add(ServerSetting setting) {
        em.persist(setting);
    }

    @Override
    public void remove(ServerSetting setting) {
        em.remove(setting);
    }
}
