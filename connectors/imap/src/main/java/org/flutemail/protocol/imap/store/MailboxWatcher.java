package org.flutemail.protocol.imap.store;

/** Tells a session when its selected mailbox may have changed elsewhere (see {@link MailboxChangeHub}). */
public interface MailboxWatcher {

    /** For tests and servers without change news: sessions then look at the store at each safety interval. */
    MailboxWatcher NONE = (mailboxId, onChange) -> () -> { };

    /** Runs {@code onChange} (quickly, on any thread) whenever {@code mailboxId} changes, until cancelled. */
    Registration watch(long mailboxId, Runnable onChange);

    interface Registration {
        void cancel();
    }
}
