package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flutemail.domain.MailLogEntry;
import org.flutemail.domain.MailLogRepository;
import org.hibernate.Session;

/** Native SQL (standard, for H2 and PostgreSQL): the log is appended in batches and searched, never changed. */
@ApplicationScoped
public class JpaMailLogRepository implements MailLogRepository {

    private static final String COLUMNS = "occurred_at, event, protocol, client_address, account, sender, recipient,"
            + " domain_name, sender_domain, outcome, detail";

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void addAll(Collection<MailLogEntry> entries) {
        // One JDBC batch: a native query per entry cost a Hibernate bulk-operation clean-up each.
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into mail_log_entry (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (MailLogEntry e : entries) {
                    insert.setObject(1, NativeRows.timestamp(e.occurredAt()));
                    insert.setString(2, e.event());
                    insert.setString(3, cut(e.protocol(), 16));
                    insert.setString(4, cut(e.clientAddress(), 64));
                    insert.setString(5, cut(e.account(), 320));
                    insert.setString(6, cut(e.sender(), 320));
                    insert.setString(7, cut(e.recipient(), 320));
                    insert.setString(8, cut(e.domain(), 253));
                    insert.setString(9, cut(e.senderDomain(), 253));
                    insert.setString(10, e.outcome());
                    insert.setString(11, cut(e.detail(), 1000));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
