package org.flutemail.infrastructure.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.flutemail.application.MailEvents;

/** In-memory counters (LongAdder: many threads add, a monitor reads now and then). */
@ApplicationScoped
public class CountingMailEvents implements MailEvents {

    private final LongAdder accepted = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final Map<String, LongAdder[]> logins = new ConcurrentHashMap<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public void accepted() {
        accepted.increment();
    }

    @Override
    public void rejected() {
        rejected.increment();
    }

    @Override
    public void delivered() {
        if (transactions == null || transactions.getTransactionKey() == null) {
            delivered.increment();
            return;
        }
        // A delivery that rolls back (and is redelivered by the broker) must not count twice.
        transactions.registerInterposedSynchronization(new CountOnCommit(delivered));
    }

    @Override
    public void login(String protocol, boolean succeeded) {
        logins.computeIfAbsent(protocol.toUpperCase(Locale.ROOT), p -> new LongAdder[] {new LongAdder(), new LongAdder()})
                [succeeded ? 0 : 1].increment();
    }

    long acceptedCount() {
        return accepted.sum();
    }

    long rejectedCount() {
        return rejected.sum();
    }

    long deliveredCount() {
        return delivered.sum();
    }

    long logins(String protocol, boolean succeeded) {
        LongAdder[] pair = logins.get(protocol);
        return pair == null ? 0 : pair[succeeded ? 0 : 1].sum();
    }
}
