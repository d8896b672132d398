package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.flutemail.domain.TraceStep;
import org.flutemail.domain.TraceStepRepository;

@ApplicationScoped
public class JpaTraceStepRepository implements TraceStepRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void add(TraceStep step) {
        em.persist(step);
    }

    @Override
    public List<TraceStep> of(String queueId) {
        return em.createQuery("select t from TraceStep t where t.queueId = :q order by t.occurredAt, t.id", TraceStep.class)
                .setParameter("q", queueId).getResultList();
    }
}
