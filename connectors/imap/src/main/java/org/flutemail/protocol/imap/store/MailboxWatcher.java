package org.flutemail.protocol.imap.store;

/** Tells a session when its selected mailbox may have changed elsewhere (see {@link MailboxChangeHub}). */
public interface MailboxWatcher {

    /** For tests and servers without change news: sessions then look at the store at each safety interval. */
    MailboxWatcher NONE = new MailboxWatcher() {
        @Override
        public Registration watch(long mailboxId, Runnable onChange) {
            return () -> { };
        }

        @Override
        public boolean tellsChanges() {
            return false;
        }
    };

    /** Runs {@code onChange} (quickly, on any thread) whenever {@code mailboxId} changes, until cancelled. */
    Registration watch(long mailboxId, Runnable onChange);

    /**
     * Whether every committed change is told: sessions may then skip asking the store for changes while
     * no news came (up to a safety interval, since news can be lost).
     */
    default boolean tellsChanges() {
        return true;
    }

    interface Registration {
        void cancel();
    }
}
