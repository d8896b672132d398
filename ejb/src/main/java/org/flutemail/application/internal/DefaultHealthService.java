package org.flutemail.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.application.HealthService;
import org.flutemail.application.Readiness;
import org.flutemail.domain.OutboundRepository;
import org.flutemail.domain.SpoolRepository;
import org.flutemail.domain.SpoolState;

@Stateless
public class DefaultHealthService implements HealthService {

    private static final Logger LOG = Logger.getLogger(DefaultHealthService.class.getName());

    @EJB
    Readiness readiness;

    @Inject
    SpoolRepository spool;

    @Inject
    OutboundRepository outbound;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Health check() {
        boolean ready = readiness.isReady();
        try {
            long waiting = spool.countByState(SpoolState.ACCEPTED);
            long failed = spool.countByState(SpoolState.FAILED);
            return new Health(ready ? "UP" : "STARTING", ready, true, waiting, failed, outbound.countQueued());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "health check: the database does not answer", e);
            return new Health("DOWN", ready, false, -1, -1, -1);
        }
    }
}
