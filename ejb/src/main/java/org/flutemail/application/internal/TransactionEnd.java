package org.flutemail.application.internal;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Forgetting kept answers when what they were read from changes: at once, and again when the
 * changing transaction ends, so an answer read in between (before the change committed) is not kept.
 */
final class TransactionEnd {

    private TransactionEnd() {
    }

    /** Runs {@code forget} now and, once per transaction and {@code key}, after the transaction ends. */
    static void forgetNowAndAfter(TransactionSynchronizationRegistry transactions, Object key, Runnable forget) {
        forget.run();
        if (transactions.getTransactionKey() == null || transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget.run();
            }
        });
    }
}
