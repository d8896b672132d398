package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.flutemail.application.AuditService;
import org.flutemail.domain.AuditEntry;
import org.flutemail.domain.AuditRepository.Criteria;
import org.flutemail.domain.AuditRepository;

@Stateless
public class DefaultAuditService implements AuditService {

    static final int MAX_PAGE_SIZE = 500;

    @Inject
    AuditRepository entries;

    @Override
    public AuditPage search(String actor, String target, String action, String domain, Instant from, Instant to,
            int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 or more");
        }
        int limit = Math.min(size, MAX_PAGE_SIZE);
        Criteria criteria = new Criteria(actor, target, action, domain, from, to);
        return new AuditPage(entries.count(criteria), page, limit,
                entries.search(criteria, page * limit, limit).stream().map(DefaultAuditService::view).toList());
    }

    private static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.actorTier(), e.clientAddress(), e.action(),
                e.targetType(), e.target(), e.targetDomain(), e.detail());
    }
}
