package org.flutemail.infrastructure.monitoring;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/** Counts (runs its action) once the transaction it is registered with has committed; nothing on rollback. */
final class CountOnCommit implements Synchronization {

    private final Runnable count;

    CountOnCommit(Runnable count) {
        this.count = count;
    }

    @Override
    public void beforeCompletion() {
        // nothing to prepare: the count is decided by the outcome
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            count.run();
        }
    }
}
