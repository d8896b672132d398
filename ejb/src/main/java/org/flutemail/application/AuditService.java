package org.flutemail.application;

import java.time.Instant;
import java.util.List;

/** Searching the audit log (system administrators only: the caller checks). */
public interface AuditService {

    record AuditEntryView(long id, Instant at, String actor, String actorTier, String clientAddress, String action,
            String targetType, String target, String domain, String detail) {
    }

    record AuditPage(long total, int page, int size, List<AuditEntryView> entries) {
    }

    /** Any argument may be null; {@code page} counts from 0; {@code size} is capped at 500. */
    AuditPage search(String actor, String target, String action, String domain, Instant from, Instant to, int page,
            int size);
}
