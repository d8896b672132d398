package org.flutemail.infrastructure.monitoring;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.MailEventsFlush;
import org.flutemail.domain.MailLogEntry;
import org.flutemail.domain.StatisticsRepository.HourFigure;

/**
 * Writes what {@link CountingMailEvents} gathered (hourly figures, mail log lines) to the database once
 * a minute, at undeployment, and before the statistics or the log are read, so a reader always sees
 * everything counted so far. One flush at a time (the singleton's write lock); each batch is written in
 * a transaction of its own and put back in memory if it fails, to be written at the next flush.
 */
@Singleton
@Startup
@Lock(LockType.WRITE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsFlusher implements MailEventsFlush {

    private static final Logger LOG = Logger.getLogger(StatisticsFlusher.class.getName());
    private static final int LOG_BATCH = 1000;

    @Inject
    CountingMailEvents events;

    @EJB
    StatisticsWriter writer;

    private long reportedDrops;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        flush();
    }

    @PreDestroy
    void atStop() {
        flush();
    }

    /** Writes everything gathered so far; false if some of it could not be written (kept for the next try). */
    @Override
    public boolean flush() {
        boolean complete = flushHourly();
        List<MailLogEntry> batch;
        while (complete && !(batch = events.takeLog(LOG_BATCH)).isEmpty()) {
            try {
                writer.writeLog(batch);
            } catch (RuntimeException e) {
                events.restoreLog(batch);
                LOG.log(Level.WARNING, "could not write " + batch.size() + " mail log lines; will try again", e);
                complete = false;
            }
        }
        long dropped = events.droppedLogLines();
        if (dropped > reportedDrops) {
            LOG.warning("the mail log buffer was full: " + (dropped - reportedDrops) + " lines were not kept");
            reportedDrops = dropped;
        }
        return complete;
    }

    private boolean flushHourly() {
        List<HourFigure> figures = events.drainHourly();
        if (figures.isEmpty()) {
            return true;
        }
        try {
            writer.writeHourly(figures);
            return true;
        } catch (RuntimeException e) {
            events.restoreHourly(figures);
            LOG.log(Level.WARNING, "could not write " + figures.size() + " hourly figures; will try again", e);
            return false;
        }
    }
}
