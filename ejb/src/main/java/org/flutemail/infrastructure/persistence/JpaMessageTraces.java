package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flutemail.domain.MessageTraces;
import org.flutemail.domain.OutboundDelivery;
import org.flutemail.domain.SpooledMessage;
import org.flutemail.domain.StoredMessage;
import org.flutemail.domain.TraceRetention;

@ApplicationScoped
public class JpaMessageTraces implements MessageTraces, TraceRetention {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<SpooledMessage> received(Criteria c, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (c.queueId() != null) {
            where.add("s.queueId = :queueId");
            parameters.put("queueId", c.queueId());
        }
        if (c.sender() != null) {
            where.add("lower(s.reversePath) = :sender");
            parameters.put("sender", c.sender().toLowerCase(Locale.ROOT));
        }
        if (c.recipient() != null) {
            where.add("exists (select s2.id from SpooledMessage s2 join s2.recipients r where s2.id = s.id"
                    + " and lower(r.address) = :recipient)");
            parameters.put("recipient", c.recipient().toLowerCase(Locale.ROOT));
        }
        if (c.messageId() != null) {
            // Only local deliveries keep the Message-ID; their delivery key starts with the queue id.
            where.add("exists (select m from StoredMessage m where m.messageId = :messageId"
                    + " and m.deliveryKey like concat(s.queueId, '/%'))");
            parameters.put("messageId", c.messageId());
        }
        if (c.from() != null) {
            where.add("s.receivedAt >= :from");
            parameters.put("from", c.from());
        }
        if (c.to() != null) {
            where.add("s.receivedAt < :to");
            parameters.put("to", c.to());
        }
        String jpql = "select s from SpooledMessage s" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by s.receivedAt desc, s.id desc";
        TypedQuery<SpooledMessage> query = em.createQuery(jpql, SpooledMessage.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public List<StoredMessage> deliveredFrom(String queueId) {
        // Queue ids are letters and digits (QueueIds), so nothing in them needs escaping for LIKE.
        return em.createQuery("select m from StoredMessage m where m.deliveryKey like :prefix order by m.id",
                StoredMessage.class).setParameter("prefix", queueId + "/%").getResultList();
    }

    @Override
    public List<OutboundDelivery> relayedFrom(String queueId) {
        return em.createQuery("select d from OutboundDelivery d where d.queueId = :queueId order by d.id",
                OutboundDelivery.class).setParameter("queueId", queueId).getResultList();
    }

    @Override
    public int removeFinishedBefore(Instant cutoff) {
        // Recipients go with their rows (ON DELETE CASCADE).
        int spooled = em.createNativeQuery("delete from spooled_message where state in ('DONE', 'FAILED')"
                + " and updated_at < ?").setParameter(1, cutoff).executeUpdate();
        int relayed = em.createNativeQuery("delete from outbound_delivery where state = 'DONE' and created_at < ?")
                .setParameter(1, cutoff).executeUpdate();
        int steps = em.createNativeQuery("delete from trace_step where occurred_at < ?").setParameter(1, cutoff)
                .executeUpdate();
        return spooled + relayed + steps;
    }
}
