package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flutemail.domain.AuditEntry;
import org.flutemail.domain.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> search(Criteria criteria, int offset, int limit) {
        return query(criteria, "select e from AuditEntry e", " order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Criteria criteria) {
        return query(criteria, "select count(e) from AuditEntry e", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Criteria c, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        prefix(where, parameters, "actor", c.actor());
        prefix(where, parameters, "target", c.target());
        prefix(where, parameters, "action", c.action());
        if (c.targetDomain() != null) {
            where.add("e.targetDomain = :targetDomain");
            parameters.put("targetDomain", c.targetDomain().toLowerCase(Locale.ROOT));
        }
        if (c.from() != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", c.from());
        }
        if (c.to() != null) {
            where.add("e.occurredAt < :to");
            parameters.put("to", c.to());
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A case-insensitive prefix match; LIKE's own wildcards in the value are taken literally. */
    private static void prefix(List<String> where, Map<String, Object> parameters, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String escaped = value.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        where.add("lower(e." + field + ") like :" + field + " escape '\\'");
        parameters.put(field, escaped + "%");
    }
}
