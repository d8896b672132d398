package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * How many sign-up requests each client address made in the current clock hour, so one address cannot
 * fill a domain's queue. Memory is bounded: at most {@link #capacity} addresses are counted; past hours
 * are forgotten when room is needed, and while the table is full of this hour's addresses a new one is
 * refused (failing closed: the page is public, and a flood of addresses is an attack, not visitors).
 * Per server, in memory: a restart forgets the counts, which at worst lets an hour's quota through again.
 */
@ApplicationScoped
public class SignupThrottle {

    /** Requests one client address may make per hour (system property, default 5). */
    public static final String PER_CLIENT_PER_HOUR = "flute.signup.per-client-per-hour";
    static final int DEFAULT_PER_HOUR = 5;
    static final int DEFAULT_CAPACITY = 10_000;

    private final int perHour;
    private final int capacity;
    private final Map<String, long[]> hourAndCount = new HashMap<>();

    public SignupThrottle() {
        this(Integer.getInteger(PER_CLIENT_PER_HOUR, DEFAULT_PER_HOUR), DEFAULT_CAPACITY);
    }

    SignupThrottle(int perHour, int capacity) {
        this.perHour = perHour;
        this.capacity = capacity;
    }

    /** Counts one request from {@code client} at {@code now}; false when it is over the hour's limit. */
    public synchronized boolean tryAcquire(String client, Instant now) {
        long hour = now.truncatedTo(ChronoUnit.HOURS).getEpochSecond();
        long[] entry = hourAndCount.get(client);
        if (entry == null || entry[0] != hour) {
            if (entry == null && hourAndCount.size() >= capacity) {
                hourAndCount.values().removeIf(e -> e[0] != hour);
                if (hourAndCount.size() >= capacity) {
                    return false;
                }
            }
            entry = new long[] {hour, 0};
            hourAndCount.put(client, entry);
        }
        if (entry[1] >= perHour) {
            return false;
        }
        entry[1]++;
        return true;
    }

    synchronized int counted() {
        return hourAndCount.size();
    }
}
