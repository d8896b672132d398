package org.flutemail.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.Readiness;
import org.flutemail.application.RemoteDeliveryService;
import org.flutemail.application.SpoolService;

/**
 * Makes sure no accepted message waits for ever. The spool row is the record of a message; its queue
 * entry is a wake-up call sent after the row commits, and not persistent (ADR 0002): a crash, a
 * broker restart or a failed send can leave a row with no entry. On start every waiting row is
 * queued again, and every few minutes those waiting suspiciously long. Processing ignores entries for
 * rows already processed.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class SpoolRecovery implements Readiness {

    private static final Logger LOG = Logger.getLogger(SpoolRecovery.class.getName());
    /** Far longer than processing takes even with the broker's retries in their early rounds. */
    private static final int STALLED_MINUTES = 30;

    @EJB
    SpoolService spool;

    @EJB
    RemoteDeliveryService remote;

    private volatile boolean ready;

    @PostConstruct
    void onStart() {
        int queued = spool.requeueStalled(0);
        int outbound = remote.requeueOverdue(0, true);
        LOG.info(() -> "recovery on start: " + queued + " waiting messages and " + outbound
                + " overdue outbound deliveries queued again");
        ready = true;
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void sweep() {
        try {
            spool.requeueStalled(STALLED_MINUTES);
            remote.requeueOverdue(STALLED_MINUTES, false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "spool sweep failed; will try again in five minutes", e);
        }
    }

    @Override
    public boolean isReady() {
        return ready;
    }
}
