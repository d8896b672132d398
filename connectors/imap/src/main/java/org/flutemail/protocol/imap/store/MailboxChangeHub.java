package org.flutemail.protocol.imap.store;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where news of changed mailboxes meets the sessions that have them selected, on this node. The
 * store's side calls {@link #changed} for each mailbox whose change has committed (a bean listening
 * on the broker's topic does, so news from every node arrives); a session {@link #watch}es its
 * selected mailbox and is told, on the caller's thread, which must only note it: the session looks
 * at the store on its own thread.
 *
 * <p>One instance per server: it lives in this jar, which the EAR's {@code lib/} shares between the
 * resource adapter and the beans.
 */
public final class MailboxChangeHub implements MailboxWatcher {

    public static final MailboxChangeHub INSTANCE = new MailboxChangeHub();

    private final Map<Long, Set<Runnable>> watchers = new ConcurrentHashMap<>();

    @Override
    public Registration watch(long mailboxId, Runnable onChange) {
        watchers.computeIfAbsent(mailboxId, id -> ConcurrentHashMap.newKeySet()).add(onChange);
        return () -> watchers.computeIfPresent(mailboxId, (id, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    /** A change of {@code mailboxId} has committed somewhere. */
    public void changed(long mailboxId) {
        Set<Runnable> set = watchers.get(mailboxId);
        if (set != null) {
            set.forEach(Runnable::run);
        }
    }

    /** How many sessions watch some mailbox, for tests and health figures. */
    public int watching() {
        return watchers.values().stream().mapToInt(Set::size).sum();
    }
}
