package org.flutemail.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import org.flutemail.application.ComposeService;
import org.flutemail.application.internal.ScheduledMessages;

/**
 * Submits the webmail's scheduled messages when they are due, looking every 15 seconds. The timer
 * is not persistent: what is due lives in the database ({@code scheduled_message.send_at}), so a
 * message due while the server was down goes at the first look after the start. A message claimed
 * but not finished when the server stopped is released at start and sent then.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class ScheduledSending {

    private static final Logger LOG = Logger.getLogger(ScheduledSending.class.getName());
    private static final int PER_TICK = 50;

    @EJB
    ScheduledMessages messages;

    @EJB
    ComposeService compose;

    @Inject
    Clock clock;

    @PostConstruct
    void onStart() {
        // Single server: at start nothing can be in the middle of being sent, whatever the rows say.
        int released = messages.releaseAll();
        if (released > 0) {
            LOG.info(() -> "released " + released + " scheduled messages left half-sent by the previous run");
        }
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            List<Long> due = messages.due(clock.instant(), PER_TICK);
            due.forEach(compose::sendScheduled);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not send the due scheduled messages; will try again", e);
        }
    }
}
