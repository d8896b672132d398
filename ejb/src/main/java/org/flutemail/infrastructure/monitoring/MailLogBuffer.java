package org.flutemail.infrastructure.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.flutemail.domain.MailLogEntry;

/**
 * Mail log lines waiting for the next flush. Bounded: if the database cannot take them for a long
 * time, the oldest kept lines stay and new ones are dropped and counted, rather than the server running
 * out of memory; mail keeps flowing either way.
 */
final class MailLogBuffer {

    private final Queue<MailLogEntry> lines = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final int capacity;

    MailLogBuffer(int capacity) {
        this.capacity = capacity;
    }

    void add(MailLogEntry line) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        lines.add(line);
    }

    /** Up to {@code max} lines, oldest first, removed from the buffer. */
    List<MailLogEntry> take(int max) {
        List<MailLogEntry> taken = new ArrayList<>();
        MailLogEntry line;
        while (taken.size() < max && (line = lines.poll()) != null) {
            size.decrementAndGet();
            taken.add(line);
        }
        return taken;
    }

    /** Lines that could not be written go back, to be written with the next flush. */
    void restore(List<MailLogEntry> taken) {
        taken.forEach(this::add);
    }

    /** How many lines were dropped because the buffer was full, since the start. */
    long dropped() {
        return dropped.get();
    }
}
