package org.flutemail.protocol.pop3.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flutemail.connector.api.Pop3Listener;

/**
 * A session's hold on its maildrop lock (RFC 1939 section 4). The store grants the lock as a lease, so that a
 * lock whose server died cannot stay forever; the session renews it on a command at most once every
 * {@link #RENEW_AFTER}. A client is dropped after the idle timeout, so commands never come further apart than
 * that: a lease of the idle timeout plus two renewal periods outlives every live session, with a period to
 * spare for the command that is running (a long RETR).
 */
final class MaildropLockHold {

    private static final Logger LOG = Logger.getLogger(MaildropLockHold.class.getName());

    static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    private final Pop3Listener store;
    private final String lock;
    private final Duration lease;
    private final Clock clock;
    private Instant renewed;
    private boolean released;

    MaildropLockHold(Pop3Listener store, String lock, Duration lease, Clock clock) {
        this.store = store;
        this.lock = lock;
        this.lease = lease;
        this.clock = clock;
        this.renewed = clock.instant();
    }

    /** The lease to ask for when the session's idle timeout is {@code idleTimeout}. */
    static Duration leaseFor(Duration idleTimeout) {
        return idleTimeout.plus(RENEW_AFTER).plus(RENEW_AFTER);
    }

    /** Renews the lease when it is due; false when the lock is lost (it expired and another session took it). */
    boolean keep() {
        return clock.instant().isBefore(renewed.plus(RENEW_AFTER)) || renew();
    }

    /**
     * Renews the lease now; false when the lock is lost. A store that cannot answer is not a lost lock: the
     * lease still runs, the next command tries again, and a change at QUIT would fail on its own.
     */
    boolean renew() {
        try {
            boolean held = store.renewLock(lock, lease);
            if (held) {
                renewed = clock.instant();
            }
            return held;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot renew the maildrop lock " + lock, e);
            return true;
        }
    }

    /** Gives the lock up, once; if the store cannot be reached the lease runs out instead. */
    void release() {
        if (released) {
            return;
        }
        released = true;
        try {
            store.releaseLock(lock);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot release the maildrop lock " + lock + "; it expires with its lease", e);
        }
    }
}
