package org.flutemail.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
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
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.internal.DeletionGrace;
import org.flutemail.application.internal.DomainRemovals;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobReferences;
import org.flutemail.domain.BlobStore;

/**
 * Removes deleted domains once their grace period is over, then the message content only they used.
 * The timer is not persistent: when a removal is due lives in the database
 * ({@code mail_domain.deletion_due_at}), so a removal that fell due while the server was down happens
 * at the first look after the start. The interval is a setting ({@link DeletionGrace}) rather than a
 * fixed schedule so a test can look every second.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class DomainRemovalSweep {

    private static final Logger LOG = Logger.getLogger(DomainRemovalSweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DeletionGrace grace;

    @EJB
    DomainRemovals removals;

    @Inject
    BlobStore blobs;

    @Inject
    BlobReferences references;

    @Inject
    Clock clock;

    @PostConstruct
    void onStart() {
        long every = grace.checkEvery().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            for (String domain : removals.due()) {
                Instant started = clock.instant();
                Set<String> used = removals.remove(domain);
                long freed = used.stream().filter(key -> removeIfUnused(key, started)).count();
                LOG.info(() -> "domain removed after its grace period: " + domain + " (" + freed
                        + " message contents freed)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove the domains whose grace period is over; will try again", e);
        }
    }

    /**
     * Content is shared: another domain's message, or one being stored right now, may hold the same
     * blob, so it goes only if nothing refers to it and no put has found it since the removal began.
     * A blob left behind is only wasted space until the next content sweep, so a failure is logged and
     * the removal goes on.
     */
    private boolean removeIfUnused(String key, Instant started) {
        try {
            return blobs.removeIfUnused(new BlobKey(key), started, references::inUse);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove the blob " + key + " of a removed domain", e);
            return false;
        }
    }
}
