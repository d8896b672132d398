package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flutemail.application.StatisticsService.LoginCount;
import org.flutemail.application.StatisticsService.Period;
import org.flutemail.domain.StatisticsRepository.HourFigure;
import org.junit.jupiter.api.Test;

class HourlyFiguresTest {

    private static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");

    private static HourFigure at(int hour, String domain, String metric, long amount) {
        return new HourFigure(DAY.plus(hour, ChronoUnit.HOURS).getEpochSecond(), domain, metric, amount);
    }

    private final HourlyFigures figures = HourlyFigures.of(List.of(
            at(1, "a.test", "in", 2), at(1, "b.test", "in", 3), at(2, "a.test", "out", 1),
            at(25, "a.test", "rejected", 4), at(25, "a.test", "login.IMAP.success", 5),
            at(26, "b.test", "login.IMAP.failure", 1), at(26, "b.test", "login.POP3.success", 2)));

    @Test
    void hoursAreSummedOverDomainsAndEmptyHoursAreListed() {
        List<Period> hours = figures.periods(DAY, DAY.plus(3, ChronoUnit.HOURS), ChronoUnit.HOURS);

        assertThat(hours).containsExactly(new Period(DAY, 0, 0, 0, 0, 0),
                new Period(DAY.plus(1, ChronoUnit.HOURS), 5, 0, 0, 0, 0),
                new Period(DAY.plus(2, ChronoUnit.HOURS), 0, 1, 0, 0, 0));
    }

    @Test
    void daysAndTheTotalAddTheirHoursUp() {
        List<Period> days = figures.periods(DAY, DAY.plus(2, ChronoUnit.DAYS), ChronoUnit.DAYS);

        assertThat(days).containsExactly(new Period(DAY, 5, 1, 0, 0, 0),
                new Period(DAY.plus(1, ChronoUnit.DAYS), 0, 0, 4, 0, 0));
        assertThat(figures.total(DAY)).isEqualTo(new Period(DAY, 5, 1, 4, 0, 0));
    }

    @Test
    void loginsAreCountedPerProtocol() {
        assertThat(figures.logins()).containsExactly(new LoginCount("IMAP", 5, 1), new LoginCount("POP3", 2, 0));
    }
}
