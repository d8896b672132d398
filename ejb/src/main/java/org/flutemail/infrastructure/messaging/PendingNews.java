package org.flutemail.infrastructure.messaging;

import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mailbox ids whose change is still to be announced, and whether a publisher is at work on them. At most
 * one publisher runs at a time: changes that commit while it sends wait for its next message and share
 * it. Under load the number of messages then follows the broker's pace, not the number of commits.
 */
final class PendingNews {

    /** Ids per message at most, so that a burst over many mailboxes still makes messages of modest size. */
    static final int MAX_IDS = 500;

    private final Set<Long> waiting = new TreeSet<>();
    private boolean publishing;

    /** Adds ids to announce; true when the caller has to start a publisher because none is at work. */
    synchronized boolean add(Collection<Long> ids) {
        waiting.addAll(ids);
        if (publishing || waiting.isEmpty()) {
            return false;
        }
        publishing = true;
        return true;
    }

    /**
     * For the publisher: the ids of its next message, or an empty set when none wait, which ends its turn
     * (the next {@link #add} starts another).
     */
    synchronized Set<Long> next() {
        if (waiting.isEmpty()) {
            publishing = false;
            return Set.of();
        }
        Set<Long> batch = new TreeSet<>();
        for (Iterator<Long> it = waiting.iterator(); it.hasNext() && batch.size() < MAX_IDS; ) {
            batch.add(it.next());
            it.remove();
        }
        return batch;
    }

    /**
     * For a publisher that cannot go on (the broker is gone, no thread to run it): ends its turn and drops
     * what waits. News is a hint, sessions find the change by themselves; keeping it would only grow.
     */
    synchronized void giveUp() {
        waiting.clear();
        publishing = false;
    }
}
