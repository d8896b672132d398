package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flutemail.domain.MailLogEntry;
import org.flutemail.domain.MailLogRepository;

/** Native SQL (standard, for H2 and PostgreSQL): the log is appended in batches and searched, never changed. */
@ApplicationScoped
public class JpaMailLogRepository implements MailLogRepository {

    private static final String COLUMNS = "occurred_at, event, protocol, client_address, account, sender, recipient,"
            + " domain_name, sender_domain, outcome, detail";

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void addAll(Collection<MailLogEntry> entries) {
        for (MailLogEntry e : entries) {
            em.createNativeQuery("insert into mail_log_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, e.occurredAt()).setParameter(2, e.event()).setParameter(3, cut(e.protocol(), 16))
                    .setParameter(4, cut(e.clientAddress(), 64)).setParameter(5, cut(e.account(), 320))
                    .setParameter(6, cut(e.sender(), 320)).setParameter(7, cut(e.recipient(), 320))
                    .setParameter(8, cut(e.domain(), 253)).setParameter(9, cut(e.senderDomain(), 253))
                    .setParameter(10, e.outcome()).setParameter(11, cut(e.detail(), 1000)).executeUpdate();
        }
    }

    @Override
    public List<MailLogEntry> search(Criteria criteria, int offset, int limit) {
        Query query = query("select " + COLUMNS + " from mail_log_entry", " order by occurred_at desc, id desc", criteria)
                .setFirstResult(offset).setMaxResults(limit);
        return NativeRows.rows(query.getResultList(), r -> new MailLogEntry(NativeRows.instant(r[0]),
                NativeRows.text(r[1]), NativeRows.text(r[2]), NativeRows.text(r[3]), NativeRows.text(r[4]),
                NativeRows.text(r[5]), NativeRows.text(r[6]), NativeRows.text(r[7]), NativeRows.text(r[8]),
                NativeRows.text(r[9]), NativeRows.text(r[10])));
    }

    @Override
    public long count(Criteria criteria) {
        return NativeRows.number(query("select count(*) from mail_log_entry", "", criteria).getSingleResult());
    }

    private Query query(String select, String order, Criteria c) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (c.from() != null) {
            where.add("occurred_at >= :from");
            parameters.put("from", c.from());
        }
        if (c.to() != null) {
            where.add("occurred_at < :to");
            parameters.put("to", c.to());
        }
        if (c.account() != null) {
            where.add("(lower(account) = :account or lower(sender) = :account or lower(recipient) = :account)");
            parameters.put("account", c.account().toLowerCase(Locale.ROOT));
        }
        if (c.clientAddress() != null) {
            where.add("client_address = :client");
            parameters.put("client", c.clientAddress());
        }
        if (c.outcome() != null) {
            where.add("outcome = :outcome");
            parameters.put("outcome", c.outcome());
        }
        if (c.domains() != null) {
            if (c.domains().isEmpty()) {
                where.add("1 = 0");
            } else {
                where.add("(domain_name in (:domains) or sender_domain in (:domains))");
                parameters.put("domains", c.domains());
            }
        }
        Query query = em.createNativeQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    @Override
    public int removeBefore(Instant cutoff) {
        return em.createNativeQuery("delete from mail_log_entry where occurred_at < ?").setParameter(1, cutoff)
                .executeUpdate();
    }
}
