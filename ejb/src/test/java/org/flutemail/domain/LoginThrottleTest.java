package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Policy(3, 5, Duration.ofMinutes(15),
            Duration.ofMinutes(5), Duration.ofMinutes(30)));

    @Test
    void aNameIsLockedAfterTooManyFailuresAndUnlockedAfterTheLock() {
        throttle.failed("alice@example.test", "192.0.2.1", T0);
        throttle.failed("alice@example.test", "192.0.2.2", T0.plusSeconds(1));
        assertThat(throttle.isLocked("alice@example.test", "192.0.2.3", T0.plusSeconds(2))).isFalse();
        throttle.failed("ALICE@example.test", "192.0.2.3", T0.plusSeconds(2));
        assertThat(throttle.isLocked("alice@example.test", "198.51.100.9", T0.plusSeconds(3)))
                .as("locked from any address, whatever the case of the name").isTrue();
        assertThat(throttle.isLocked("bob@example.test", "198.51.100.9", T0.plusSeconds(3))).isFalse();
        assertThat(throttle.isLocked("alice@example.test", "198.51.100.9", T0.plusSeconds(2 + 300))).isFalse();
    }

    @Test
    void eachFurtherLockOfTheSameNameLastsTwiceAsLongUpToTheCeiling() {
        Instant t = T0;
        for (int lock = 0; lock < 4; lock++) {
            for (int i = 0; i < 3; i++) {
                throttle.failed("guessed@example.test", "192.0.2." + i, t);
            }
            Duration expected = Duration.ofMinutes(Math.min(5L << lock, 30));
            assertThat(throttle.isLocked("guessed@example.test", "203.0.113.1", t.plus(expected).minusSeconds(1)))
                    .as("lock %d still on just before %s", lock, expected).isTrue();
            t = t.plus(expected);
            assertThat(throttle.isLocked("guessed@example.test", "203.0.113.1", t)).isFalse();
        }
    }

    @Test
    void anAddressIsLockedAfterFailuresForManyNames() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@example.test", "192.0.2.66", T0.plusSeconds(i));
        }
        assertThat(throttle.isLocked("someone-else@example.test", "192.0.2.66", T0.plusSeconds(10))).isTrue();
        assertThat(throttle.isLocked("someone-else@example.test", "192.0.2.67", T0.plusSeconds(10))).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotCountAndSuccessClearsTheName() {
        throttle.failed("carol@example.test", "192.0.2.1", T0);
        throttle.failed("carol@example.test", "192.0.2.1", T0.plusSeconds(1));
        throttle.failed("carol@example.test", "192.0.2.1", T0.plus(Duration.ofMinutes(20)));
        assertThat(throttle.isLocked("carol@example.test", "192.0.2.9", T0.plus(Duration.ofMinutes(20)))).isFalse();

        throttle.failed("dave@example.test", "192.0.2.1", T0);
        throttle.failed("dave@example.test", "192.0.2.1", T0);
        throttle.succeeded("dave@example.test");
        throttle.failed("dave@example.test", "192.0.2.1", T0);
        assertThat(throttle.isLocked("dave@example.test", "192.0.2.9", T0)).isFalse();
    }
}
