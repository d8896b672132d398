package org.flutemail.domain;

import java.time.Duration;
import java.util.List;

/**
 * When to try a deferred outbound delivery again: quickly at first (most temporary failures are
 * short: greylisting, a restarting server), then less and less often, never longer apart than the
 * last step.
 */
public final class RetrySchedule {

    private static final List<Duration> STEPS = List.of(
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4));

    private final double scale;

    /** @param scale multiplies every delay; 1 in production, small in tests that cannot wait minutes */
    public RetrySchedule(double scale) {
        if (scale <= 0) {
            throw new IllegalArgumentException("the retry scale must be positive");
        }
        this.scale = scale;
    }

    /** The delay after attempt number {@code attempts} (1 for the first attempt) failed. */
    public Duration after(int attempts) {
        Duration step = STEPS.get(Math.min(Math.max(attempts, 1), STEPS.size()) - 1);
        return Duration.ofMillis(Math.max(1, Math.round(step.toMillis() * scale)));
    }
}
