package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flutemail.application.AuditLog;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.MailDomain;

/**
 * Removes deleted domains whose grace period is over, each in a transaction of its own so that one
 * that fails does not hold the others back. The blobs the domain used are returned, not removed here:
 * they may go only once the removal has committed (a rolled-back removal must still find its content).
 */
@Stateless
public class DomainRemovals {

    @Inject
    DomainRepository domains;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<String> due() {
        return domains.dueForRemoval(clock.instant()).stream().map(MailDomain::name).toList();
    }

    /** Removes the domain if it is still due (it may have been restored meanwhile) and returns the blob keys it used. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Set<String> remove(String name) {
        Optional<MailDomain> found = domains.byName(name);
        if (found.isEmpty() || !found.get().isDueForRemoval(clock.instant())) {
            return Set.of();
        }
        MailDomain domain = found.get();
        audit.record("domain.remove", domain.name(), domain.name(),
                "grace period over at " + domain.deletionDueAt() + "; accounts: " + domains.accountCount(domain));
        return domains.removeWithData(domain);
    }
}
