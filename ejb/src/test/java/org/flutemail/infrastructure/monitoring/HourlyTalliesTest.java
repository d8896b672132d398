package org.flutemail.infrastructure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.flutemail.domain.StatisticsRepository.HourFigure;
import org.junit.jupiter.api.Test;

class HourlyTalliesTest {

    private static final Instant TEN_PAST_NINE = Instant.parse("2026-03-01T09:10:00Z");
    private static final long NINE = Instant.parse("2026-03-01T09:00:00Z").getEpochSecond();

    private final HourlyTallies tallies = new HourlyTallies();

    @Test
    void countsAreKeptPerHourDomainAndMetricAndDrainedOnce() {
        tallies.add(TEN_PAST_NINE, "a.test", "in", 1);
        tallies.add(TEN_PAST_NINE.plusSeconds(1500), "a.test", "in", 2);
        tallies.add(TEN_PAST_NINE.plusSeconds(3000), "a.test", "in", 1);
        tallies.add(TEN_PAST_NINE, "b.test", "in", 1);

        assertThat(tallies.drain(TEN_PAST_NINE)).containsExactlyInAnyOrder(
                new HourFigure(NINE, "a.test", "in", 3), new HourFigure(NINE + 3600, "a.test", "in", 1),
                new HourFigure(NINE, "b.test", "in", 1));
        assertThat(tallies.drain(TEN_PAST_NINE)).isEmpty();
    }

    @Test
    void whatCouldNotBeWrittenIsWrittenWithTheNextDrain() {
        tallies.add(TEN_PAST_NINE, "a.test", "rejected", 1);
        List<HourFigure> failed = tallies.drain(TEN_PAST_NINE);
        tallies.add(TEN_PAST_NINE, "a.test", "rejected", 1);
        tallies.restore(failed);

        assertThat(tallies.drain(TEN_PAST_NINE)).containsExactly(new HourFigure(NINE, "a.test", "rejected", 2));
    }

    @Test
    void noAddIsLostWhileDrainsRunConcurrently() throws InterruptedException {
        ExecutorService adders = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            adders.submit(() -> {
                for (int i = 0; i < 50_000; i++) {
                    tallies.add(TEN_PAST_NINE, "a.test", "in", 1);
                }
            });
        }
        long drained = 0;
        adders.shutdown();
        while (!adders.awaitTermination(1, TimeUnit.MILLISECONDS)) {
            drained += tallies.drain(TEN_PAST_NINE).stream().mapToLong(HourFigure::amount).sum();
        }
        drained += tallies.drain(TEN_PAST_NINE).stream().mapToLong(HourFigure::amount).sum();

        assertThat(drained).isEqualTo(200_000);
    }
}
