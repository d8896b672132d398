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
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.internal.DeletionGrace;
import org.flutemail.application.internal.DomainRemovals;
import org.flutemail.domain.BlobKey;
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
                Set<String> freed = removals.remove(domain);
                freed.forEach(this::deleteBlob);
                LOG.info(() -> "domain removed after its grace period: " + domain + " (" + freed.size()
                        + " message contents freed)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove the domains whose grace period is over; will try again", e);
        }
    }

    /** A blob left behind is only wasted space, so a failure here is logged and the sweep goes on. */
    private void deleteBlob(String key) {
        try {
            blobs.delete(new BlobKey(key));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not delete the blob " + key + " of a removed domain", e);
        }
    }
}
