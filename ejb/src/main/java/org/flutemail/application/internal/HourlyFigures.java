package org.flutemail.application.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flutemail.application.StatisticsService.LoginCount;
import org.flutemail.application.StatisticsService.Period;
import org.flutemail.domain.StatisticsRepository.HourFigure;

/**
 * The stored hourly figures of a period, summed over the domains asked for, then per hour, per day or
 * for the whole period. Metrics: {@code in}, {@code out}, {@code rejected}, {@code spam}, {@code virus}
 * and {@code login.<PROTOCOL>.success|failure}.
 */
final class HourlyFigures {

    private final Map<Long, Map<String, Long>> byHour;

    private HourlyFigures(Map<Long, Map<String, Long>> byHour) {
        this.byHour = byHour;
    }

    static HourlyFigures of(List<HourFigure> figures) {
        Map<Long, Map<String, Long>> byHour = new TreeMap<>();
        figures.forEach(f -> byHour.computeIfAbsent(f.hourStart(), h -> new TreeMap<>())
                .merge(f.metric(), f.amount(), Long::sum));
        return new HourlyFigures(byHour);
    }

    /** One period per {@code unit} from {@code start} (aligned to the unit) up to {@code end}, empty ones included. */
    List<Period> periods(Instant start, Instant end, ChronoUnit unit) {
        List<Period> periods = new ArrayList<>();
        for (Instant at = start; at.isBefore(end); at = at.plus(1, unit)) {
            periods.add(sum(at, at.getEpochSecond(), at.plus(1, unit).getEpochSecond()));
        }
        return periods;
    }

    Period total(Instant start) {
        return sum(start, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Successful and failed logins per protocol over the whole period, by protocol name. */
    List<LoginCount> logins() {
        Map<String, long[]> counts = new TreeMap<>();
        byHour.values().forEach(metrics -> metrics.forEach((metric, amount) -> {
            String[] parts = metric.split("\\.");
            if (parts.length == 3 && parts[0].equals("login")) {
                counts.computeIfAbsent(parts[1], p -> new long[2])[parts[2].equals("success") ? 0 : 1] += amount;
            }
        }));
        return counts.entrySet().stream().map(e -> new LoginCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private Period sum(Instant label, long fromSecond, long toSecond) {
        Map<String, Long> sums = new TreeMap<>();
        byHour.forEach((hour, metrics) -> {
            if (hour >= fromSecond && hour < toSecond) {
                metrics.forEach((metric, amount) -> sums.merge(metric, amount, Long::sum));
            }
        });
        return new Period(label, sums.getOrDefault("in", 0L), sums.getOrDefault("out", 0L),
                sums.getOrDefault("rejected", 0L), sums.getOrDefault("spam", 0L), sums.getOrDefault("virus", 0L));
    }
}
