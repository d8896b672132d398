package org.flutemail.connector.adapter;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.resource.spi.work.WorkRejectedException;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Stands in for the container's WorkManager and bootstrap context in tests: a plain thread pool. */
final class ThreadPoolWorkManager implements WorkManager, BootstrapContext, AutoCloseable {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger toReject = new AtomicInteger();
    volatile boolean rejectAll;

    @Override
    public void doWork(Work work) {
        work.run();
    }

    @Override
    public void doWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
        work.run();
    }

    @Override
    public long startWork(Work work) throws WorkException {
        scheduleWork(work);
        return 0;
    }

    @Override
    public long startWork(Work work, long timeout, ExecutionContext context, WorkListener listener)
            throws WorkException {
        scheduleWork(work);
        return 0;
    }

    @Override
    public void scheduleWork(Work work) throws WorkException {
        if (rejectAll || toReject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new WorkRejectedException("test rejects this work");
        }
        pool.execute(() -> {
            running.incrementAndGet();
            try {
                work.run();
            } finally {
                running.decrementAndGet();
                // As WildFly's WorkManager (IronJacamar) does after every Work.
                work.release();
            }
        });
    }

    /** How many Works run at this moment: what connections cost in threads. */
    int running() {
        return running.get();
    }

    /** Rejects the next {@code count} Works, as a saturated pool would. */
    void rejectNext(int count) {
        toReject.set(count);
    }

    @Override
    public void scheduleWork(Work work, long timeout, ExecutionContext context, WorkListener listener)
            throws WorkException {
        scheduleWork(work);
    }

    @Override
    public WorkManager getWorkManager() {
        return this;
    }

    @Override
    public XATerminator getXATerminator() {
        return null;
    }

    @Override
    public java.util.Timer createTimer() {
        return new java.util.Timer(true);
    }

    @Override
    public boolean isContextSupported(Class<? extends WorkContext> workContextClass) {
        return false;
    }

    @Override
    public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
