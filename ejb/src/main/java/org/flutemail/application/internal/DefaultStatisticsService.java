package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flutemail.application.MailEventsFlush;
import org.flutemail.application.MonitoringService;
import org.flutemail.application.StatisticsService;
import org.flutemail.domain.StatisticsRepository;
import org.flutemail.domain.StatisticsRepository.HourFigure;

@Stateless
public class DefaultStatisticsService implements StatisticsService {

    private static final String ALL = "*";

    @Inject
    StatisticsRepository repository;

    @Inject
    MailEventsFlush pending;

    @Inject
    MonitoringService monitoring;

    @Override
    public Statistics statistics(Instant from, Instant to, Set<String> domains, int top) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new IllegalArgumentException("the period may be at most " + MAX_DAYS + " days");
        }
        if (top < 1 || top > 100) {
            throw new IllegalArgumentException("top must be between 1 and 100");
        }
        pending.flush();
        Instant start = from.truncatedTo(ChronoUnit.HOURS);
        Instant end = to.truncatedTo(ChronoUnit.HOURS).equals(to) ? to : to.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        List<HourFigure> figures = repository.hours(start.getEpochSecond(), end.getEpochSecond(),
                domains == null ? Set.of(ALL) : domains);
        HourlyFigures hours = HourlyFigures.of(figures);
        List<Period> hourly = hours.periods(start, end, ChronoUnit.HOURS);
        List<Period> daily = hours.periods(start.truncatedTo(ChronoUnit.DAYS), end, ChronoUnit.DAYS);
        return new Statistics(start, end, domains, hours.total(start), hourly, daily, hours.logins(),
                ranked(repository.topSenders(start, end, domains, top)),
                ranked(repository.topRecipients(start, end, domains, top)),
                storage(repository.storageByDomain(domains, top)), storage(repository.storageByAccount(domains, top)),
                domains == null ? activeSessions() : null);
    }

    private Map<String, Long> activeSessions() {
        Map<String, Long> sessions = new TreeMap<>();
        monitoring.samples().stream().filter(s -> s.name().equals("flute_listener_active_sessions"))
                .forEach(s -> sessions.merge(s.labels().getOrDefault("protocol", "?"), (long) s.value(), Long::sum));
        return sessions;
    }

    private static List<Ranked> ranked(List<StatisticsRepository.Ranked> rows) {
        return rows.stream().map(r -> new Ranked(r.name(), r.count())).toList();
    }

    private static List<Storage> storage(List<StatisticsRepository.Ranked> rows) {
        List<Storage> storage = new ArrayList<>();
        rows.forEach(r -> storage.add(new Storage(r.name(), r.count(), r.bytes())));
        return storage;
    }
}
