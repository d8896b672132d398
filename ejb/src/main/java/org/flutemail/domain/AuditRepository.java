package org.flutemail.domain;

import java.time.Instant;
import java.util.List;

public interface AuditRepository {

    /**
     * What to look for; null fields match everything. {@code actor}, {@code target} and {@code action}
     * match a prefix, case-insensitively; {@code targetDomain} exactly; the time range is [from, to).
     */
    record Criteria(String actor, String target, String action, String targetDomain, Instant from, Instant to) {
    }

    void add(AuditEntry entry);

    /** Newest first. */
    List<AuditEntry> search(Criteria criteria, int offset, int limit);

    long count(Criteria criteria);
}
