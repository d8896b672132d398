package org.flutemail.protocol.smtp.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SlidingCountsTest {

    private static final long MINUTE = 60_000;

    private final AtomicLong now = new AtomicLong(1_000 * 60 * MINUTE);
    private final SlidingCounts counts = new SlidingCounts(Duration.ofHours(1), 12, 100, now::get);

    @Test
    void countsAddUpPerKeyAndKeysAreApart() {
        counts.add("alice", 1);
        counts.add("alice", 3);
        counts.add("bob", 2);
        assertThat(counts.count("alice")).isEqualTo(4);
        assertThat(counts.count("bob")).isEqualTo(2);
        assertThat(counts.count("carol")).isZero();
    }

    @Test
    void aCountLeavesTheWindowAfterAnHour() {
        counts.add("alice", 5);
        now.addAndGet(30 * MINUTE);
        counts.add("alice", 2);
        now.addAndGet(29 * MINUTE);
        assertThat(counts.count("alice")).as("both still within the hour").isEqualTo(7);
        now.addAndGet(1 * MINUTE);
        assertThat(counts.count("alice")).as("the first one hour old").isEqualTo(2);
        now.addAndGet(30 * MINUTE);
        assertThat(counts.count("alice")).isZero();
    }

    @Test
    void aBucketReusedAfterAnHourStartsFromZero() {
        counts.add("alice", 5);
        now.addAndGet(60 * MINUTE);
        counts.add("alice", 1);
        assertThat(counts.count("alice")).isEqualTo(1);
    }

    @Test
    void expiredKeysMakeRoomFirst() {
        SlidingCounts small = new SlidingCounts(Duration.ofHours(1), 12, 3, now::get);
        small.add("old", 1);
        now.addAndGet(61 * MINUTE);
        small.add("a", 1);
        small.add("b", 1);
        small.add("c", 1);
        assertThat(small.keys()).isEqualTo(3);
        assertThat(small.count("a") + small.count("b") + small.count("c")).isEqualTo(3);
        assertThat(small.count("old")).isZero();
    }

    @Test
    void theLeastRecentlyCountedGoWhenAllAreLive() {
        SlidingCounts small = new SlidingCounts(Duration.ofHours(1), 12, 10, now::get);
        for (int i = 0; i < 10; i++) {
            small.add("sender" + i, 1);
            now.addAndGet(5 * MINUTE);
        }
        small.add("newcomer", 1);
        assertThat(small.keys()).isLessThanOrEqualTo(10);
        assertThat(small.count("newcomer")).isEqualTo(1);
        assertThat(small.count("sender9")).as("the most recent stays").isEqualTo(1);
        assertThat(small.count("sender0")).as("the oldest went").isZero();
    }

    @Test
    void manyKeysStayWithinTheBound() {
        for (int i = 0; i < 10_000; i++) {
            counts.add("client" + i, 1);
        }
        assertThat(counts.keys()).isLessThanOrEqualTo(100);
    }

    @Test
    void concurrentAdditionsAreAllCounted() throws InterruptedException {
        int threads = 8;
        int each = 5_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < each; i++) {
                    counts.add("shared", 1);
                    counts.add("own-" + Thread.currentThread().getName(), 1);
                }
            }, "w" + t);
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        assertThat(counts.count("shared")).isEqualTo((long) threads * each);
        assertThat(counts.count("own-w3")).isEqualTo(each);
    }
}
