package org.flutemail.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.flutemail.pipeline.RecipientStatus;

/**
 * Remembers what an address is (account, alias, unknown, …) so that a message does not look the same
 * address up in the database at RCPT and again in the pipeline: several queries per message, a fifth
 * of the server's CPU in the SMTP ingest benchmark; which domain a domain alias stands for; and, for
 * delivery, whether an account has personal settings, what it needs of the account (its id, state and
 * quota) and a domain's size limit: ids, flags and numbers, never the rows themselves, which are read
 * fresh. Any change to a domain, domain alias, account, class of service, alias, list or personal
 * settings forgets everything ({@link #changed}), when it is written and again
 * when its transaction ends: an answer read from the database in between, before the change committed,
 * is not kept.
 */
@ApplicationScoped
public class RecipientStatusCache {

    private static final int MAX_ENTRIES = 100_000;
    private static final Object KEY = RecipientStatusCache.class;

    private record Entry<T>(T value, long generation) {
    }

    private final Map<String, Entry<RecipientStatus>> entries = new ConcurrentHashMap<>();
    /** Domain names to the domain they are delivered to: themselves, or the target of a domain alias. */
    private final Map<String, Entry<String>> domains = new ConcurrentHashMap<>();
    /** Domain names to their message size limit in octets (empty: none, or no such domain). */
    private final Map<String, Entry<Optional<Long>>> sizeLimits = new ConcurrentHashMap<>();
    /** Account ids to the id of their personal settings (empty: the account has none, as most have). */
    private final Map<Long, Entry<Optional<Long>>> settingsIds = new ConcurrentHashMap<>();
    /** Account addresses to what delivery needs of the account (empty: no such account). */
    private final Map<String, Entry<Optional<AccountFacts>>> accounts = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The address's status, looked up only when no answer of the current generation is kept. */
    public RecipientStatus statusOf(String address, Supplier<RecipientStatus> lookUp) {
        return kept(entries, address, lookUp);
    }

    /**
     * The domain mail for {@code domain} goes to: the target when it is a domain alias, else itself.
     * Kept like statuses, because RCPT asks it for every recipient, local or not.
     */
    public String deliveryDomain(String domain, Supplier<String> lookUp) {
        return kept(domains, domain, lookUp);
    }

    /** The domain's message size limit, which SMTP checks for every message after its data. */
    public Optional<Long> sizeLimit(String domain, Supplier<Optional<Long>> lookUp) {
        return kept(sizeLimits, domain, lookUp);
    }

    /** The id of the account's personal settings, which delivery looks for for every recipient. */
    public Optional<Long> settingsId(long accountId, Supplier<Optional<Long>> lookUp) {
        return kept(settingsIds, accountId, lookUp);
    }

    /** What delivery needs of the account at this address, which it asks for every recipient. */
    public Optional<AccountFacts> accountFacts(String address, Supplier<Optional<AccountFacts>> lookUp) {
        return kept(accounts, address, lookUp);
    }

    private <K, T> T kept(Map<K, Entry<T>> map, K key, Supplier<T> lookUp) {
        long current = generation.get();
        Entry<T> kept = map.get(key);
        if (kept != null && kept.generation() == current) {
            return kept.value();
        }
        T value = lookUp.get();
        if (map.size() >= MAX_ENTRIES) {
            map.clear();
        }
        // Kept with the generation it was read in: if a change came meanwhile, it is never used.
        map.put(key, new Entry<>(value, current));
        return value;
    }

    /** A domain, account or alias is being changed, in the current transaction if there is one. */
    public void changed() {
        TransactionEnd.forgetNowAndAfter(transactions, KEY, this::forget);
    }

    /** Whether an answer is kept for the address (for tests). */
    Optional<RecipientStatus> kept(String address) {
        Entry<RecipientStatus> kept = entries.get(address);
        return kept != null && kept.generation() == generation.get() ? Optional.of(kept.value()) : Optional.empty();
    }

    private void forget() {
        generation.incrementAndGet();
        entries.clear();
        domains.clear();
        sizeLimits.clear();
        settingsIds.clear();
        accounts.clear();
    }
}
