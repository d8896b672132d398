package org.flutemail.infrastructure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RecentProblemsTest {

    private final RecentProblems problems = new RecentProblems();

    @Test
    void keepsWarningsAndErrorsNewestFirstAndCountsThem() {
        problems.publish(record(Level.INFO, "started"));
        problems.publish(record(Level.WARNING, "slow client {0}", "192.0.2.7"));
        problems.publish(record(Level.SEVERE, "delivery failed"));
        problems.publish(record(Level.FINE, "detail"));

        assertThat(problems.recent()).extracting(RecentProblems.Problem::level, RecentProblems.Problem::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ERROR", "delivery failed"),
                        org.assertj.core.groups.Tuple.tuple("WARN", "slow client 192.0.2.7"));
        assertThat(problems.errorsTotal()).isEqualTo(1);
        assertThat(problems.warningsTotal()).isEqualTo(1);
        assertThat(problems.recent().get(0).toString()).matches("\\S+Z ERROR org\\.flutemail\\.test: delivery failed");
    }

    @Test
    void namesTheRootCauseOnOneLineAndCutsLongMessages() {
        LogRecord withCause = record(Level.SEVERE, "cannot store\nthe message");
        withCause.setThrown(new IllegalStateException("outer", new UncheckedIOException(new IOException("disk full"))));
        problems.publish(withCause);
        problems.publish(record(Level.WARNING, "x".repeat(2000)));

        assertThat(problems.recent().get(1).text()).isEqualTo("cannot store the message (java.io.IOException: disk full)");
        assertThat(problems.recent().get(0).text()).hasSize(RecentProblems.MAX_TEXT + 1).endsWith("…");
    }

    @Test
    void keepsOnlyTheLatestHundredButCountsAll() {
        for (int i = 0; i < 250; i++) {
            problems.publish(record(Level.WARNING, "warning " + i));
        }

        assertThat(problems.recent()).hasSize(RecentProblems.KEPT);
        assertThat(problems.recent().get(0).text()).isEqualTo("warning 249");
        assertThat(problems.recent().get(RecentProblems.KEPT - 1).text()).isEqualTo("warning 150");
        assertThat(problems.warningsTotal()).isEqualTo(250);
    }

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("org.flutemail.test");
        record.setParameters(parameters.length == 0 ? null : parameters);
        return record;
    }
}
