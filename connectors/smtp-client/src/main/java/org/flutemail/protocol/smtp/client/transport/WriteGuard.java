package org.flutemail.protocol.smtp.client.transport;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long one socket write may block. Java has read timeouts but no write timeouts, so a
 * server that stops reading would hold a delivery thread forever; the guard closes the socket
 * instead, which makes the blocked write fail. It uses a scheduler it is given rather than its own
 * thread, so that in the container the scheduler can be a managed one.
 */
public final class WriteGuard {

    /** No bound: for when the caller has no scheduler to give. */
    public static final WriteGuard NONE = new WriteGuard(null, Duration.ZERO);

    private final ScheduledExecutorService scheduler;
    private final Duration timeout;

    private WriteGuard(ScheduledExecutorService scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    public static WriteGuard using(ScheduledExecutorService scheduler, Duration timeout) {
        return scheduler == null ? NONE : new WriteGuard(scheduler, timeout);
    }

    /** Arms the guard; closing the returned handle disarms it. */
    Armed arm(Runnable onTimeout) {
        if (scheduler == null) {
            return () -> { };
        }
        ScheduledFuture<?> task = scheduler.schedule(onTimeout, timeout.toMillis(), TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    /** A running guard. */
    interface Armed extends AutoCloseable {
        @Override
        void close();
    }
}
