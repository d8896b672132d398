package org.flutemail.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.flutemail.pipeline.RecipientStatus;
import org.junit.jupiter.api.Test;

class RecipientStatusCacheTest {

    private final FakeTransactions transactions = new FakeTransactions();
    private final RecipientStatusCache cache = new RecipientStatusCache();
    private final AtomicInteger lookUps = new AtomicInteger();

    RecipientStatusCacheTest() {
        cache.transactions = transactions;
    }

    @Test
    void looksAnAddressUpOnceUntilSomethingChanges() {
        assertEquals(RecipientStatus.ACCOUNT, statusOf("a@example.test", RecipientStatus.ACCOUNT));
        assertEquals(RecipientStatus.ACCOUNT, statusOf("a@example.test", RecipientStatus.UNKNOWN));
        assertEquals(1, lookUps.get());

        cache.changed();

        assertEquals(RecipientStatus.DISABLED, statusOf("a@example.test", RecipientStatus.DISABLED));
        assertEquals(2, lookUps.get());
    }

    @Test
    void keepsSettingsIdsAndDomainSizeLimitsUntilSomethingChanges() {
        assertEquals(Optional.of(7L), cache.settingsId(1L, () -> counted(Optional.of(7L))));
        assertEquals(Optional.of(7L), cache.settingsId(1L, () -> counted(Optional.of(8L))));
        assertEquals(Optional.empty(), cache.settingsId(2L, () -> counted(Optional.empty())));
        assertEquals(Optional.empty(), cache.settingsId(2L, () -> counted(Optional.of(9L))));
        assertEquals(Optional.of(1000L), cache.sizeLimit("example.test", () -> counted(Optional.of(1000L))));
        assertEquals(Optional.of(1000L), cache.sizeLimit("example.test", () -> counted(Optional.empty())));
        assertEquals(3, lookUps.get());

        cache.changed();

        assertEquals(Optional.of(8L), cache.settingsId(1L, () -> counted(Optional.of(8L))));
        assertEquals(Optional.empty(), cache.sizeLimit("example.test", () -> counted(Optional.empty())));
        assertEquals(5, lookUps.get());
    }

    @Test
    void keepsWhatDeliveryNeedsOfAnAccountUntilSomethingChanges() {
        AccountFacts roomy = new AccountFacts(1L, "a@example.test", true, 1_000_000L);
        AccountFacts full = new AccountFacts(1L, "a@example.test", true, 10L);
        assertEquals(Optional.of(roomy), cache.accountFacts("a@example.test", () -> counted(Optional.of(roomy))));
        assertEquals(Optional.of(roomy), cache.accountFacts("a@example.test", () -> counted(Optional.of(full))));
        assertEquals(Optional.empty(), cache.accountFacts("nobody@example.test", () -> counted(Optional.empty())));
        assertEquals(2, lookUps.get());

        cache.changed();

        assertEquals(Optional.of(full), cache.accountFacts("a@example.test", () -> counted(Optional.of(full))));
        assertEquals(3, lookUps.get());
    }

    private <T> T counted(T value) {
        lookUps.incrementAndGet();
        return value;
    }

    @Test
    void anAnswerReadWhileAChangeIsUncommittedIsForgottenWhenItCommits() {
        transactions.begin();
        cache.changed();
        // Another session reads the old state before the change commits.
        assertEquals(RecipientStatus.ACCOUNT, statusOf("a@example.test", RecipientStatus.ACCOUNT));
        assertEquals(Optional.of(RecipientStatus.ACCOUNT), cache.kept("a@example.test"));

        transactions.commit();

        assertEquals(Optional.empty(), cache.kept("a@example.test"));
        assertEquals(RecipientStatus.UNKNOWN, statusOf("a@example.test", RecipientStatus.UNKNOWN));
    }

    @Test
    void anAnswerLookedUpAcrossAChangeIsNotKept() {
        cache.statusOf("a@example.test", () -> {
            cache.changed();
            return RecipientStatus.ACCOUNT;
        });

        assertEquals(Optional.empty(), cache.kept("a@example.test"));
    }

    private RecipientStatus statusOf(String address, RecipientStatus inDatabase) {
        return cache.statusOf(address, () -> {
            lookUps.incrementAndGet();
            return inDatabase;
        });
    }

    /** One transaction at a time, enough for the cache's use of the registry. */
    private static final class FakeTransactions implements TransactionSynchronizationRegistry {
        private Object key;
        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void begin() {
            key = new Object();
        }

        void commit() {
            synchronizations.forEach(s -> s.afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED));
            synchronizations.clear();
            resources.clear();
            key = null;
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object k, Object value) {
            resources.put(k, value);
        }

        @Override
        public Object getResource(Object k) {
            return resources.get(k);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return key == null ? jakarta.transaction.Status.STATUS_NO_TRANSACTION : jakarta.transaction.Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
