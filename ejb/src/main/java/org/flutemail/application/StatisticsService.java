package org.flutemail.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures behind the statistics screen and {@code GET /api/v1/statistics}: messages in (from
 * outside, unauthenticated) and out (submitted by an authenticated account, over SMTP or the webmail)
 * per hour and per day, refusals, spam and virus counts, logins per protocol, top senders and
 * recipients, storage, and active sessions.
 */
public interface StatisticsService {

    /** One hour or one day (UTC), or the whole period. */
    record Period(Instant start, long in, long out, long rejected, long spam, long virus) {
    }

    record LoginCount(String protocol, long succeeded, long failed) {
    }

    record Ranked(String name, long messages) {
    }

    record Storage(String name, long messages, long bytes) {
    }

    /**
     * @param domains        the domains the figures are narrowed to, null for the whole server
     * @param activeSessions open connections per protocol, for the whole server only (null when narrowed)
     */
    record Statistics(Instant from, Instant to, Set<String> domains, Period totals, List<Period> hourly,
            List<Period> daily, List<LoginCount> logins, List<Ranked> topSenders, List<Ranked> topRecipients,
            List<Storage> storageByDomain, List<Storage> storageByAccount, Map<String, Long> activeSessions) {
    }

    /**
     * The figures of [from, to), whole hours (from is rounded down, to up); {@code domains} null for the
     * whole server; {@code top} entries in each ranking. An empty or backwards range, one longer than
     * {@value #MAX_DAYS} days, or {@code top} outside 1..100 is an {@link IllegalArgumentException}.
     */
    Statistics statistics(Instant from, Instant to, Set<String> domains, int top);

    int MAX_DAYS = 92;
}
