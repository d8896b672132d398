package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flutemail.domain.StatisticsRepository;

/** Native SQL (standard, for H2 and PostgreSQL): the hourly figures have no entity, they are only added to and summed. */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    /**
     * An update, then an insert where no row was there yet. Flushes run one at a time on a server
     * (StatisticsFlusher), so nobody else inserts the same row in between.
     */
    @Override
    public void add(List<HourFigure> figures) {
        for (HourFigure f : figures) {
            int updated = em.createNativeQuery("update statistic_hour set amount = amount + ?"
                            + " where hour_start = ? and domain_name = ? and metric = ?")
                    .setParameter(1, f.amount()).setParameter(2, f.hourStart()).setParameter(3, f.domain())
                    .setParameter(4, f.metric()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into statistic_hour (hour_start, domain_name, metric, amount) values (?, ?, ?, ?)")
                        .setParameter(1, f.hourStart()).setParameter(2, f.domain()).setParameter(3, f.metric())
                        .setParameter(4, f.amount()).executeUpdate();
            }
        }
    }

    @Override
    public List<HourFigure> hours(long fromHour, long toHour, Set<String> domains) {
        if (domains.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select hour_start, domain_name, metric, amount from statistic_hour"
                        + " where hour_start >= :from and hour_start < :to and domain_name in (:domains)"
                        + " order by hour_start")
                .setParameter("from", fromHour).setParameter("to", toHour).setParameter("domains", domains)
                .getResultList();
        return NativeRows.rows(rows, r -> new HourFigure(NativeRows.number(r[0]), NativeRows.text(r[1]),
                NativeRows.text(r[2]), NativeRows.number(r[3])));
    }

    /** Narrowed to domains: the senders of messages from or to those domains (mail a domain receives counts). */
    @Override
    public List<Ranked> topSenders(Instant from, Instant to, Set<String> domains, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String narrowed = domains == null ? null
                : "(" + NativeRows.addressInDomains("s.reverse_path", domains, "d", parameters)
                        + " or exists (select 1 from spooled_recipient r where r.spool_id = s.id and "
                        + NativeRows.addressInDomains("r.address", domains, "r", parameters) + "))";
        return ranked("select lower(s.reverse_path), count(*), 0 from spooled_message s",
                "s.reverse_path <> ''", "lower(s.reverse_path)", from, to, narrowed, parameters, limit);
    }

    @Override
    public List<Ranked> topRecipients(Instant from, Instant to, Set<String> domains, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String narrowed = domains == null ? null : NativeRows.addressInDomains("r.address", domains, "d", parameters);
        return ranked("select lower(r.address), count(*), 0 from spooled_recipient r"
                + " join spooled_message s on s.id = r.spool_id", "1 = 1", "lower(r.address)", from, to,
                narrowed, parameters, limit);
    }

    private List<Ranked> ranked(String select, String condition, String group, Instant from, Instant to,
            String narrowed, Map<String, Object> parameters, int limit) {
        List<String> where = new ArrayList<>(List.of(condition, "s.received_at >= :from", "s.received_at < :to"));
        parameters.put("from", from);
        parameters.put("to", to);
        if (narrowed != null) {
            where.add(narrowed);
        }
        Query query = em.createNativeQuery(select + " where " + String.join(" and ", where) + " group by " + group
                + " order by count(*) desc, " + group).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return NativeRows.rows(query.getResultList(), JpaStatisticsRepository::ranked);
    }

    @Override
    public List<Ranked> storageByDomain(Set<String> domains, int limit) {
        return storage("d.name", domains, limit);
    }

    @Override
    public List<Ranked> storageByAccount(Set<String> domains, int limit) {
        return storage("a.address", domains, limit);
    }

    private List<Ranked> storage(String name, Set<String> domains, int limit) {
        if (domains != null && domains.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("select " + name + ", count(m.id), coalesce(sum(m.size_octets), 0)"
                        + " from mail_domain d" + (name.startsWith("d.") ? " left" : "") + " join account a on a.domain_id = d.id"
                        + " left join mailbox b on b.account_id = a.id left join mail_message m on m.mailbox_id = b.id"
                        + (domains == null ? "" : " where d.name in (:domains)")
                        + " group by " + name + " order by 3 desc, 1")
                .setMaxResults(limit);
        if (domains != null) {
            query.setParameter("domains", domains);
        }
        return NativeRows.rows(query.getResultList(), JpaStatisticsRepository::ranked);
    }

    private static Ranked ranked(Object[] r) {
        return new Ranked(NativeRows.text(r[0]), NativeRows.number(r[1]), NativeRows.number(r[2]));
    }

    @Override
    public int removeHoursBefore(Instant cutoff) {
        return em.createNativeQuery("delete from statistic_hour where hour_start < ?")
                .setParameter(1, cutoff.getEpochSecond()).executeUpdate();
    }
}
