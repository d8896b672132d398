package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How long a deleted domain keeps its data before it is removed (seven days unless the system
 * property {@value #PERIOD} says otherwise) and how often the server looks for domains whose period
 * is over (every minute unless {@value #CHECK_EVERY} says otherwise). Both are ISO-8601 durations, so
 * a test can use seconds; read once per start, like the server's other start-time settings.
 */
@ApplicationScoped
public class DeletionGrace {

    public static final String PERIOD = "flute.domain.deletion-grace";
    public static final String CHECK_EVERY = "flute.domain.deletion-check";
    static final Duration DEFAULT_PERIOD = Duration.ofDays(7);
    static final Duration DEFAULT_CHECK_EVERY = Duration.ofMinutes(1);

    private final Duration period = parse(PERIOD, System.getProperty(PERIOD), DEFAULT_PERIOD);
    private final Duration checkEvery = parse(CHECK_EVERY, System.getProperty(CHECK_EVERY), DEFAULT_CHECK_EVERY);

    public Duration period() {
        return period;
    }

    public Duration checkEvery() {
        return checkEvery;
    }

    /** The configured value, or the fallback when none is set; a value that is no positive duration is refused. */
    static Duration parse(String property, String configured, Duration fallback) {
        if (configured == null || configured.isBlank()) {
            return fallback;
        }
        Duration parsed;
        try {
            parsed = Duration.parse(configured.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + " must be an ISO-8601 duration such as P7D or PT30S, not "
                    + configured, e);
        }
        if (parsed.isNegative() || parsed.isZero()) {
            throw new IllegalArgumentException(property + " must be positive, not " + configured);
        }
        return parsed;
    }
}
