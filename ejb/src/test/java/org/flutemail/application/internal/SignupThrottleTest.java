package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignupThrottleTest {

    private static final Instant TEN = Instant.parse("2026-11-30T10:05:00Z");

    @Test
    void aClientGetsItsHourlyQuotaAndNoMoreUntilTheNextHour() {
        SignupThrottle throttle = new SignupThrottle(3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAcquire("192.0.2.1", TEN.plusSeconds(i))).isTrue();
        }
        assertThat(throttle.tryAcquire("192.0.2.1", TEN.plusSeconds(60))).isFalse();
        assertThat(throttle.tryAcquire("192.0.2.2", TEN.plusSeconds(60))).as("another client").isTrue();
        assertThat(throttle.tryAcquire("192.0.2.1", Instant.parse("2026-11-30T11:00:00Z"))).isTrue();
    }

    @Test
    void memoryIsBoundedPastHoursAreForgottenFirstAndAFullTableOfThisHourFailsClosed() {
        SignupThrottle throttle = new SignupThrottle(5, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAcquire("old-" + i, TEN)).isTrue();
        }
        Instant later = TEN.plusSeconds(3600);
        assertThat(throttle.tryAcquire("new-0", later)).isTrue();
        assertThat(throttle.counted()).isEqualTo(1);
        assertThat(throttle.tryAcquire("new-1", later)).isTrue();
        assertThat(throttle.tryAcquire("new-2", later)).isTrue();
        assertThat(throttle.tryAcquire("new-3", later)).as("the table is full of this hour's clients").isFalse();
        assertThat(throttle.counted()).isEqualTo(3);
        assertThat(throttle.tryAcquire("new-0", later)).as("a counted client still gets its quota").isTrue();
    }
}
