package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.flutemail.application.Actor;
import org.flutemail.application.AuditLog;
import org.flutemail.application.CurrentCaller;
import org.flutemail.domain.AuditEntry;
import org.flutemail.domain.AuditRepository;

/**
 * Joins the transaction of the change, so a change and its record commit or roll back together; a change
 * made outside any transaction (a certificate written to files) is recorded in a transaction of its own.
 */
@ApplicationScoped
public class DefaultAuditLog implements AuditLog {

    private static final Logger LOG = Logger.getLogger("org.flutemail.audit");

    @Inject
    AuditRepository entries;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String action, String target, String domain, String detail) {
        Actor actor;
        String clientAddress;
        try {
            actor = caller.actor();
            clientAddress = caller.clientAddress();
        } catch (ContextNotActiveException e) {
            actor = Actor.SERVER;
            clientAddress = null;
        }
        int dot = action.indexOf('.');
        String targetType = dot < 0 ? action : action.substring(0, dot);
        entries.add(new AuditEntry(clock.instant(), actor.login(), actor.tier().name(), clientAddress, action,
                targetType, target, domain, detail));
        String who = actor.login();
        LOG.info(() -> who + " " + action + " " + target + (detail == null ? "" : ": " + detail));
    }
}
