package org.flutemail.domain;

import java.time.Duration;

/**
 * When a fetch account is collected next. After a success, one interval later. After consecutive
 * failures the wait doubles with each one (the first failure waits the plain interval), up to a
 * ceiling, so a server that is gone or a password that changed is not hammered every few minutes.
 */
public final class FetchBackoff {

    /** No outside mailbox waits longer than this between attempts, however often it failed. */
    public static final Duration CEILING = Duration.ofHours(24);

    private FetchBackoff() {
    }

    public static Duration delay(Duration interval, int consecutiveFailures) {
        if (consecutiveFailures <= 1) {
            return min(interval, CEILING);
        }
        // 2^20 intervals of a minute are two years: far past the ceiling, and no overflow.
        int doublings = Math.min(consecutiveFailures - 1, 20);
        return min(interval.multipliedBy(1L << doublings), CEILING);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
