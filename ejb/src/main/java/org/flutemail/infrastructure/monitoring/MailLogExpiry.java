package org.flutemail.infrastructure.monitoring;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.flutemail.application.Setting;
import org.flutemail.application.internal.StoredSettings;
import org.flutemail.domain.MailLogRepository;
import org.flutemail.domain.StatisticsRepository;
import org.flutemail.domain.TraceRetention;

/**
 * Removes mail log lines, hourly statistics and the traces of finished mail (spool entries, outbound
 * deliveries, processing steps) older than {@link Setting#MAIL_LOG_DAYS} days, once a day and at a
 * quiet hour; the content those traces no longer need goes with the next content sweep. Not
 * persistent: a run missed while the server was down is simply the next day's, which removes the same
 * rows.
 */
@Singleton
public class MailLogExpiry {

    private static final Logger LOG = Logger.getLogger(MailLogExpiry.class.getName());

    @Inject
    StoredSettings settings;

    @Inject
    MailLogRepository log;

    @Inject
    StatisticsRepository statistics;

    @Inject
    TraceRetention traces;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void daily() {
        expire();
    }

    /** Removes what is older than the kept days, in the caller's transaction; returns the rows removed. */
    public long expire() {
        Instant cutoff = cutoff(clock.instant(), settings.value(Setting.MAIL_LOG_DAYS));
        int lines = log.removeBefore(cutoff);
        int hours = statistics.removeHoursBefore(cutoff);
        int traced = traces.removeFinishedBefore(cutoff);
        if (lines + hours + traced > 0) {
            LOG.info(() -> "removed " + lines + " mail log lines, " + hours + " statistics rows and " + traced
                    + " trace rows from before " + cutoff);
        }
        return (long) lines + hours + traced;
    }

    /** {@code days} before {@code now}; a value that is not a whole number of days (from the environment) keeps the built-in default. */
    static Instant cutoff(Instant now, String days) {
        String kept = days;
        try {
            Setting.MAIL_LOG_DAYS.validate(days);
        } catch (IllegalArgumentException e) {
            kept = Setting.MAIL_LOG_DAYS.builtIn();
        }
        return now.minus(Duration.ofDays(Long.parseLong(kept.trim())));
    }
}
