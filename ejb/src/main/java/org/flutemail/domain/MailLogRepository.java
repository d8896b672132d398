package org.flutemail.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The stored mail log: written in batches, searched newest first. */
public interface MailLogRepository {

    /**
     * What to look for; null fields match everything. {@code account} matches the account, the sender
     * or the recipient exactly (case-insensitively); {@code clientAddress} and {@code outcome} exactly;
     * {@code domains}, when not null, keeps the lines whose domain or sender's domain is one of them.
     * The time range is [from, to).
     */
    record Criteria(Instant from, Instant to, String account, String clientAddress, String outcome,
            Set<String> domains) {
    }

    void addAll(Collection<MailLogEntry> entries);

    List<MailLogEntry> search(Criteria criteria, int offset, int limit);

    long count(Criteria criteria);

    /** Removes the lines that occurred before {@code cutoff}; returns how many. */
    int removeBefore(Instant cutoff);
}
