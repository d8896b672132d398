package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * How often the server removes content nothing refers to (once a day unless the system property
 * {@value #EVERY} says otherwise) and how long content must have gone unused before it may go (a day
 * unless {@value #UNUSED_FOR} says otherwise: far longer than any transaction between storing content
 * and committing its reference). ISO-8601 durations, read once per start, so a test can use seconds.
 */
@ApplicationScoped
public class ContentSweepSchedule {

    public static final String EVERY = "flute.content-sweep.every";
    public static final String UNUSED_FOR = "flute.content-sweep.unused-for";
    /** The first sweep after a start comes at most this late, so a server restarted daily still sweeps. */
    static final Duration FIRST_AT_MOST_AFTER = Duration.ofHours(1);

    private final Duration every = DeletionGrace.parse(EVERY, System.getProperty(EVERY), Duration.ofDays(1));
    private final Duration unusedFor = DeletionGrace.parse(UNUSED_FOR, System.getProperty(UNUSED_FOR),
            Duration.ofDays(1));

    public Duration every() {
        return every;
    }

    public Duration first() {
        return every.compareTo(FIRST_AT_MOST_AFTER) < 0 ? every : FIRST_AT_MOST_AFTER;
    }

    public Duration unusedFor() {
        return unusedFor;
    }
}
