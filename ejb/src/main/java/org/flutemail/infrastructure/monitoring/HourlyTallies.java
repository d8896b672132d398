package org.flutemail.infrastructure.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.flutemail.domain.StatisticsRepository.HourFigure;

/**
 * Per-hour counts kept in memory between two flushes to {@code statistic_hour}. Adding is a map lookup
 * and an atomic add, safe from any thread; {@link #drain} takes what was added since the last drain
 * without losing a concurrent add (each counter is swapped to zero, never removed while its hour can
 * still be counted).
 */
final class HourlyTallies {

    /** The server-wide figure's domain. */
    static final String ALL = "*";

    private record Key(long hourStart, String domain, String metric) {
    }

    private final Map<Key, AtomicLong> counts = new ConcurrentHashMap<>();

    void add(Instant at, String domain, String metric, long amount) {
        long hour = at.getEpochSecond() - Math.floorMod(at.getEpochSecond(), 3600L);
        counts.computeIfAbsent(new Key(hour, domain == null ? "" : domain, metric), k -> new AtomicLong())
                .addAndGet(amount);
    }

    /**
     * What was added since the last drain, as figures to add to the stored ones; counters of hours
     * ended more than an hour before {@code now} are forgotten once empty.
     */
    List<HourFigure> drain(Instant now) {
        long stale = now.getEpochSecond() - 2 * 3600L;
        List<HourFigure> figures = new ArrayList<>();
        counts.forEach((key, count) -> {
            long amount = count.getAndSet(0);
            if (amount != 0) {
                figures.add(new HourFigure(key.hourStart(), key.domain(), key.metric(), amount));
            } else if (key.hourStart() < stale) {
                counts.remove(key, count);
            }
        });
        return figures;
    }

    /** Puts back figures that could not be written, to be written with the next flush. */
    void restore(List<HourFigure> figures) {
        figures.forEach(f -> counts.computeIfAbsent(new Key(f.hourStart(), f.domain(), f.metric()), k -> new AtomicLong())
                .addAndGet(f.amount()));
    }
}
