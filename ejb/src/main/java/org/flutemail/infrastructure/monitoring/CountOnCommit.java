package org.flutemail.infrastructure.monitoring;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.concurrent.atomic.LongAdder;

/** Adds one to a counter once the transaction it is registered with has committed; nothing on rollback. */
final class CountOnCommit implements Synchronization {

    private final LongAdder counter;

    CountOnCommit(LongAdder counter) {
        this.counter = counter;
    }

    @Override
    public void beforeCompletion() {
        // nothing to prepare: the count is decided by the outcome
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            counter.increment();
        }
    }
}
