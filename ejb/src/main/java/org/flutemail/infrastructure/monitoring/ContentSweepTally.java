package org.flutemail.infrastructure.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.flutemail.application.internal.ContentSweep;

/** What the content sweeps did since the start, as {@link ContentSweepMXBean} shows it. */
@ApplicationScoped
public class ContentSweepTally implements ContentSweepMXBean {

    private long sweeps;
    private Instant lastEnded;
    private ContentSweep.Outcome last = new ContentSweep.Outcome(0, 0, 0);
    private long removed;
    private long removedOctets;
    private String lastError = "";

    public synchronized void finished(ContentSweep.Outcome outcome, Instant at) {
        sweeps++;
        lastEnded = at;
        last = outcome;
        removed += outcome.removed();
        removedOctets += outcome.removedOctets();
        lastError = "";
    }

    public synchronized void failed(String reason, Instant at) {
        sweeps++;
        lastEnded = at;
        last = new ContentSweep.Outcome(0, 0, 0);
        lastError = reason;
    }

    @Override
    public synchronized long getSweepsTotal() {
        return sweeps;
    }

    @Override
    public synchronized String getLastSweepEnded() {
        return lastEnded == null ? "" : lastEnded.toString();
    }

    @Override
    public synchronized long getLastConsidered() {
        return last.considered();
    }

    @Override
    public synchronized long getLastRemoved() {
        return last.removed();
    }

    @Override
    public synchronized long getRemovedTotal() {
        return removed;
    }

    @Override
    public synchronized long getRemovedOctetsTotal() {
        return removedOctets;
    }

    @Override
    public synchronized String getLastError() {
        return lastError;
    }
}
