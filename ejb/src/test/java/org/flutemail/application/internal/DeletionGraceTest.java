package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeletionGraceTest {

    @Test
    void withoutASettingTheFallbackApplies() {
        assertThat(DeletionGrace.parse("p", null, Duration.ofDays(7))).isEqualTo(Duration.ofDays(7));
        assertThat(DeletionGrace.parse("p", "  ", Duration.ofDays(7))).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void anIsoDurationIsTakenAsGiven() {
        assertThat(DeletionGrace.parse("p", " PT3S ", Duration.ofDays(7))).isEqualTo(Duration.ofSeconds(3));
        assertThat(DeletionGrace.parse("p", "P30D", Duration.ofDays(7))).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void somethingElseIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> DeletionGrace.parse("flute.x", "7 days", Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flute.x")
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> DeletionGrace.parse("flute.x", "PT0S", Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> DeletionGrace.parse("flute.x", "-PT5S", Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
