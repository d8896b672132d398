package org.flutemail.infrastructure.fetch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.internal.FetchClaims;
import org.flutemail.application.internal.FetchRunner;

/**
 * Starts the collections that are due, once a minute. The timer is not persistent: what is due lives
 * in the database ({@code next_run_at}), so a tick missed while the server was down is simply made up
 * by the next. The tick only dispatches; each collection runs on the container's asynchronous pool,
 * and one still running when the next tick comes is not started twice (its claim says it runs).
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class FetchScheduler {

    private static final Logger LOG = Logger.getLogger(FetchScheduler.class.getName());
    /** More than the asynchronous pool can run in a minute; the rest wait for the next tick. */
    private static final int PER_TICK = 100;

    @EJB
    FetchClaims claims;

    @EJB
    FetchRunner runner;

    @PostConstruct
    void onStart() {
        // Single server: at start no collection can be running, whatever the rows say after a crash.
        int released = claims.releaseAll();
        if (released > 0) {
            LOG.info(() -> "released " + released + " collections left running by the previous run of the server");
        }
        try {
            FetchWorkDirectory.clear();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not clear the fetch work directory", e);
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            List<Long> due = claims.due(PER_TICK);
            due.forEach(runner::collectWhenDue);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not start the due collections; will try again in a minute", e);
        }
    }
}
