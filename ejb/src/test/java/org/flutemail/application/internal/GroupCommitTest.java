package org.flutemail.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneCallerRunsItsItemAsABatchOfOne() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer, String> group = new GroupCommit<>("test", 10, items -> {
            batches.add(items);
            return items.stream().map(i -> "r" + i).toList();
        });

        assertEquals(Optional.of("r7"), group.join(7));
        assertEquals(List.of(List.of(7)), batches);
    }

    @Test
    void callersArrivingWhileABatchRunsShareTheNextOneAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstBatch = new CountDownLatch(1);
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> group = new GroupCommit<>("test", 10, items -> {
            batches.add(items);
            if (items.contains(0)) {
                firstBatchStarted.countDown();
                await(releaseFirstBatch);
            }
            return items.stream().map(i -> i * 10).toList();
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Future<Optional<Integer>> first = pool.submit(() -> group.join(0));
            assertTrue(firstBatchStarted.await(10, TimeUnit.SECONDS));
            List<Future<Optional<Integer>>> others = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int item = i;
                others.add(pool.submit(() -> group.join(item)));
            }
            waitUntilQueued(group, 5);
            releaseFirstBatch.countDown();

            assertEquals(Optional.of(0), first.get(10, TimeUnit.SECONDS));
            for (int i = 1; i <= 5; i++) {
                assertEquals(Optional.of(i * 10), others.get(i - 1).get(10, TimeUnit.SECONDS));
            }
            assertEquals(2, batches.size(), "the five waiting callers share one batch: " + batches);
            assertEquals(5, batches.get(1).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedBatchGivesEachCallerAnEmptyResultSoItRunsAlone() {
        GroupCommit<Integer, Integer> group = new GroupCommit<>("test", 10, items -> {
            throw new IllegalStateException("deadlock");
        });

        assertEquals(Optional.empty(), group.join(1));
        assertEquals(Optional.empty(), group.join(2), "a failure leaves the group usable");
    }

    @Test
    void noBatchIsLargerThanTheLimit() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> group = new GroupCommit<>("test", 3, items -> {
            sizes.add(items.size());
            return items;
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Integer>>> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int item = i;
                all.add(pool.submit(() -> group.join(item)));
            }
            for (int i = 0; i < 40; i++) {
                assertEquals(Optional.of(i), all.get(i).get(10, TimeUnit.SECONDS));
            }
            assertEquals(40, sizes.stream().mapToInt(Integer::intValue).sum());
            assertTrue(sizes.stream().allMatch(s -> s <= 3), sizes::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void waitUntilQueued(GroupCommit<?, ?> group, int count) throws InterruptedException {
        for (int i = 0; i < 1000 && group.waiting() < count; i++) {
            Thread.sleep(10);
        }
        assertEquals(count, group.waiting());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
