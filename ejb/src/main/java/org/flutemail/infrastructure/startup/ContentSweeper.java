package org.flutemail.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.internal.ContentSweep;
import org.flutemail.application.internal.ContentSweepSchedule;
import org.flutemail.domain.BlobReferences;
import org.flutemail.domain.BlobStore;
import org.flutemail.infrastructure.monitoring.ContentSweepTally;

/**
 * Runs the {@link ContentSweep} on an interval timer ({@link ContentSweepSchedule}). Not persistent:
 * a sweep missed while the server was down is simply the next one, which finds the same content.
 * No transaction: each question to the database is a statement of its own, and a blob is removed
 * only after the last of them.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class ContentSweeper {

    private static final Logger LOG = Logger.getLogger(ContentSweeper.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ContentSweepSchedule schedule;

    @Inject
    BlobStore blobs;

    @Inject
    BlobReferences references;

    @Inject
    Clock clock;

    @Inject
    ContentSweepTally tally;

    @PostConstruct
    void onStart() {
        timers.createIntervalTimer(schedule.first().toMillis(), schedule.every().toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        Instant since = clock.instant().minus(schedule.unusedFor());
        try {
            ContentSweep.Outcome outcome = new ContentSweep(blobs, references).run(since);
            tally.finished(outcome, clock.instant());
            LOG.info(() -> "content sweep: " + outcome.removed() + " unused blobs removed (" + outcome.removedOctets()
                    + " octets) of " + outcome.considered() + " untouched since " + since);
        } catch (IOException | RuntimeException e) {
            tally.failed(String.valueOf(e), clock.instant());
            LOG.log(Level.WARNING, "the content sweep stopped; the next one starts over", e);
        }
    }
}
