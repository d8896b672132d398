package org.flutemail.infrastructure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailLogExpiryTest {

    private static final Instant NOW = Instant.parse("2026-11-30T03:17:00Z");

    @Test
    void theCutoffIsTheKeptNumberOfDaysBeforeNow() {
        assertThat(MailLogExpiry.cutoff(NOW, "30")).isEqualTo(Instant.parse("2026-10-31T03:17:00Z"));
        assertThat(MailLogExpiry.cutoff(NOW, "1")).isEqualTo(Instant.parse("2026-11-29T03:17:00Z"));
    }

    @Test
    void aValueFromTheEnvironmentThatIsNoNumberOfDaysKeepsNinetyRatherThanRemovingEverything() {
        Instant ninety = Instant.parse("2026-09-01T03:17:00Z");
        assertThat(MailLogExpiry.cutoff(NOW, "0")).isEqualTo(ninety);
        assertThat(MailLogExpiry.cutoff(NOW, "a week")).isEqualTo(ninety);
        assertThat(MailLogExpiry.cutoff(NOW, "")).isEqualTo(ninety);
    }
}
