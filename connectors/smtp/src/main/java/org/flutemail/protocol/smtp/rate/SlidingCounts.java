package org.flutemail.protocol.smtp.rate;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Counts per key over a sliding window made of equal buckets (an hour of twelve five-minute buckets by
 * default): a count leaves the window between one bucket before and the window's end. Thread-safe; a
 * count or an addition touches one map entry and one small lock, never the others, so one busy sender
 * does not slow another. The number of keys is bounded: beyond it, keys whose window is empty go first,
 * then those least recently counted, so the memory stays fixed whatever the number of senders.
 */
public final class SlidingCounts {

    private final long bucketMillis;
    private final int buckets;
    private final int maxKeys;
    private final LongSupplier millis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final ReentrantLock eviction = new ReentrantLock();

    /**
     * @param window  the span counted, e.g. an hour
     * @param buckets how finely it slides; more buckets, a smoother window, a little more memory per key
     * @param maxKeys the most keys kept
     * @param millis  the clock, milliseconds since the epoch
     */
    public SlidingCounts(Duration window, int buckets, int maxKeys, LongSupplier millis) {
        if (buckets < 1 || maxKeys < 1 || window.toMillis() < buckets) {
            throw new IllegalArgumentException("a window of at least one bucket and room for one key");
        }
        this.bucketMillis = window.toMillis() / buckets;
        this.buckets = buckets;
        this.maxKeys = maxKeys;
        this.millis = millis;
    }

    /** The sum counted for the key within the window ending now. */
    public long count(String key) {
        Window window = windows.get(key);
        return window == null ? 0 : window.total(bucketNow());
    }

    public void add(String key, int amount) {
        long bucket = bucketNow();
        Window window = windows.get(key);
        if (window == null) {
            if (windows.size() >= maxKeys) {
                makeRoom(bucket);
            }
            window = windows.computeIfAbsent(key, k -> new Window(buckets));
        }
        window.add(bucket, amount);
    }

    /** Keys kept now, counted or expired. */
    public int keys() {
        return windows.size();
    }

    private long bucketNow() {
        return Math.floorDiv(millis.getAsLong(), bucketMillis);
    }

    /**
     * Drops expired windows; if that frees too little, drops the tenth least recently counted, so the
     * cost of a sweep is spread over many new keys. One thread sweeps; the others go on meanwhile.
     */
    private void makeRoom(long bucket) {
        if (!eviction.tryLock()) {
            return;
        }
        try {
            windows.values().removeIf(window -> window.total(bucket) == 0);
            int excess = windows.size() - (maxKeys - Math.max(1, maxKeys / 10));
            if (excess > 0) {
                // Read each key's last bucket once: sorting on values that move under it could fail.
                windows.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().lastBucket())).toList()
                        .stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                        .limit(excess).map(Map.Entry::getKey).toList()
                        .forEach(windows::remove);
            }
        } finally {
            eviction.unlock();
        }
    }

    /** One key's buckets, a ring indexed by bucket number. */
    private static final class Window {

        private final long[] bucketOf;
        private final long[] counts;
        private long last = Long.MIN_VALUE;

        Window(int buckets) {
            bucketOf = new long[buckets];
            counts = new long[buckets];
            Arrays.fill(bucketOf, Long.MIN_VALUE);
        }

        synchronized void add(long bucket, int amount) {
            int slot = (int) Math.floorMod(bucket, (long) counts.length);
            if (bucketOf[slot] != bucket) {
                bucketOf[slot] = bucket;
                counts[slot] = 0;
            }
            counts[slot] += amount;
            last = Math.max(last, bucket);
        }

        synchronized long total(long bucket) {
            long sum = 0;
            for (int i = 0; i < counts.length; i++) {
                if (bucketOf[i] > bucket - counts.length && bucketOf[i] <= bucket) {
                    sum += counts[i];
                }
            }
            return sum;
        }

        synchronized long lastBucket() {
            return last;
        }
    }
}
