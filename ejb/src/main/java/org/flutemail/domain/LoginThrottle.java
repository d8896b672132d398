package org.flutemail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing down: too many failed logins for one account name, or from one client
 * address, within a window lock that name or address for a while, and each further lock lasts twice
 * as long (up to a ceiling). Names are counted whether or not an account exists, so the lock itself
 * reveals nothing. While locked, the password is not even checked: a guesser learns nothing more.
 *
 * <p>In memory and per server: a cluster shares nothing yet, which at worst multiplies the allowance
 * by the number of nodes. The number of tracked keys is bounded, so a flood of made-up names cannot
 * exhaust memory; the oldest are forgotten first.
 */
public final class LoginThrottle {

    /**
     * @param accountFailures failures for one name within {@code window} that lock it
     * @param addressFailures failures from one client address within {@code window} that lock it
     * @param firstLock       the first lock's length; each further lock of the same key doubles it
     * @param maxLock         the longest lock
     */
    public record Policy(int accountFailures, int addressFailures, Duration window, Duration firstLock,
            Duration maxLock) {

        public static final Policy DEFAULT = new Policy(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(5),
                Duration.ofHours(1));
    }

    private static final int MAX_KEYS = 100_000;

    private static final class Entry {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;
        private int locks;
    }

    private final Policy policy;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public LoginThrottle(Policy policy) {
        this.policy = policy;
    }

    /** Whether a login for {@code account} from {@code address} must be refused without checking it. */
    public synchronized boolean isLocked(String account, String address, Instant now) {
        return locked(accountKey(account), now) || locked(addressKey(address), now);
    }

    /** Counts a failed login; may start a lock of the name, the address, or both. */
    public synchronized void failed(String account, String address, Instant now) {
        count(accountKey(account), policy.accountFailures(), now);
        count(addressKey(address), policy.addressFailures(), now);
    }

    /** A successful login clears the name's failures (not the address's: others may guess from there). */
    public synchronized void succeeded(String account) {
        Entry e = entries.get(accountKey(account));
        if (e != null) {
            e.failures.clear();
        }
    }

    private boolean locked(String key, Instant now) {
        Entry e = entries.get(key);
        return e != null && now.isBefore(e.lockedUntil);
    }

    private void count(String key, int limit, Instant now) {
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        Instant windowStart = now.minus(policy.window());
        for (Iterator<Instant> it = e.failures.iterator(); it.hasNext();) {
            if (it.next().isBefore(windowStart)) {
                it.remove();
            }
        }
        e.failures.addLast(now);
        if (e.failures.size() >= limit && !now.isBefore(e.lockedUntil)) {
            Duration lock = policy.firstLock().multipliedBy(1L << Math.min(e.locks, 20));
            e.lockedUntil = now.plus(lock.compareTo(policy.maxLock()) > 0 ? policy.maxLock() : lock);
            e.locks++;
            e.failures.clear();
        }
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
