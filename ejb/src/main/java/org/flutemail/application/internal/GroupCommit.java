package org.flutemail.application.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets concurrent callers share one transaction. Each caller hands in its item and waits; whichever
 * caller finds no batch running takes everything waiting (up to a limit) and runs it as one batch,
 * while items that arrive meanwhile gather for the next. A caller returns only once the batch that
 * held its item has finished, so "returned" still means "committed" for each of them.
 *
 * <p>A failed batch fails no one: its callers get an empty result and run their item alone, so one
 * bad item cannot hold back the others. The batch work must therefore leave nothing behind when it
 * throws (a rolled-back transaction does that).
 *
 * @param <I> what a caller hands in
 * @param <O> what it gets back from the batch, one per item in the same order, never null
 */
final class GroupCommit<I, O> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    private final String name;
    private final int maxBatch;
    private final Function<List<I>, List<O>> work;
    private final ArrayDeque<Entry<I, O>> waiting = new ArrayDeque<>();
    private boolean running;

    private static final class Entry<I, O> {
        final I item;
        boolean taken;
        boolean finished;
        Optional<O> result = Optional.empty();

        Entry(I item) {
            this.item = item;
        }
    }

    GroupCommit(String name, int maxBatch, Function<List<I>, List<O>> work) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.work = work;
    }

    /** The item's result from the batch that ran it, or empty when that batch failed. */
    Optional<O> join(I item) {
        Entry<I, O> mine = new Entry<>(item);
        boolean interrupted = false;
        try {
            synchronized (this) {
                waiting.add(mine);
            }
            while (true) {
                List<Entry<I, O>> batch;
                synchronized (this) {
                    // Once taken, the item is in someone's batch: running it elsewhere as well could
                    // commit it twice, so a caller waits for that batch even when interrupted.
                    while (!mine.finished && (running || mine.taken)) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (mine.finished) {
                        return mine.result;
                    }
                    running = true;
                    batch = new ArrayList<>();
                    while (!waiting.isEmpty() && batch.size() < maxBatch) {
                        Entry<I, O> e = waiting.poll();
                        e.taken = true;
                        batch.add(e);
                    }
                }
                List<O> results = null;
                try {
                    results = runBatch(batch);
                } finally {
                    finish(batch, results);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Hands each caller of the batch its result (empty for all when the batch failed) and wakes them. */
    private void finish(List<Entry<I, O>> batch, List<O> results) {
        synchronized (this) {
            for (int i = 0; i < batch.size(); i++) {
                Entry<I, O> e = batch.get(i);
                e.result = results == null ? Optional.empty() : Optional.of(results.get(i));
                e.finished = true;
            }
            running = false;
            notifyAll();
        }
    }

    /** How many items wait for a batch (for tests). */
    synchronized int waiting() {
        return waiting.size();
    }

    private List<O> runBatch(List<Entry<I, O>> batch) {
        try {
            List<O> results = work.apply(batch.stream().map(e -> e.item).toList());
            if (results.size() != batch.size()) {
                throw new IllegalStateException(results.size() + " results for " + batch.size() + " items");
            }
            return results;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> name + ": a batch of " + batch.size() + " failed; each runs alone");
            return null;
        }
    }
}
