package org.flutemail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The stored statistics: hourly figures added to by the flush timer, and what is read from the spool
 * and the mailboxes (top senders and recipients, storage).
 */
public interface StatisticsRepository {

    /** One figure of one hour ({@code hourStart}: epoch second) for one domain ("*": the whole server). */
    record HourFigure(long hourStart, String domain, String metric, long amount) {
    }

    /** An address, a domain or an account with a count and, for storage, a size. */
    record Ranked(String name, long count, long bytes) {
    }

    /** Adds each amount to its row, creating the row if needed, in the caller's transaction. */
    void add(List<HourFigure> figures);

    /** The figures of the hours in [fromHour, toHour) of the given domains. */
    List<HourFigure> hours(long fromHour, long toHour, Set<String> domains);

    /** Senders by messages spooled in [from, to); {@code domains} null for all, else senders of those. */
    List<Ranked> topSenders(Instant from, Instant to, Set<String> domains, int limit);

    /** Recipients by messages spooled in [from, to); {@code domains} null for all, else recipients in those. */
    List<Ranked> topRecipients(Instant from, Instant to, Set<String> domains, int limit);

    /** Stored bytes and messages per domain, largest first. */
    List<Ranked> storageByDomain(Set<String> domains, int limit);

    /** Stored bytes and messages per account, largest first. */
    List<Ranked> storageByAccount(Set<String> domains, int limit);

    /** Removes the figures of the hours that began before {@code cutoff}; returns how many rows. */
    int removeHoursBefore(Instant cutoff);

}
