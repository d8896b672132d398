package org.flutemail.protocol.imap.session;

import org.flutemail.protocol.imap.response.ResponseWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.flutemail.protocol.imap.store.ImapStore;
import org.flutemail.protocol.imap.store.MailboxWatcher;

/** What the command groups of one session share: its state, its store, its output. */
final class SessionContext {

    /** How long commands may go without asking the store for changes when no news of any came. */
    static final Duration SAFETY_LOOK = Duration.ofSeconds(5);

    private final ImapConfig config;
    private final ImapStore store;
    private final ImapChannel channel;
    private final String clientAddress;
    private boolean tlsActive;
    private boolean utf8Accept;
    private Revision revision = Revision.IMAP4REV1;
    private boolean condStore;
    private boolean qresync;
    private boolean compressed;
    private ResponseWriter out = new ResponseWriter(false);
    private SessionState state = SessionState.NOT_AUTHENTICATED;
    private String identity;
    private SelectedMailbox selected;
    private final MailboxWatcher watcher;
    private MailboxWatcher.Registration watching;
    /** Set from any thread when the selected mailbox changed elsewhere; read on the session's thread. */
    private final AtomicBoolean signalled = new AtomicBoolean();
    /** Set with {@link #signalled} but cleared by looks at the store; IDLE's ticks take the other one. */
    private final AtomicBoolean changedSinceLook = new AtomicBoolean();
    private Instant lastLook = Instant.MIN;

    SessionContext(ImapConfig config, ImapStore store, ImapChannel channel, String clientAddress, boolean tlsActive,
            MailboxWatcher watcher) {
        this.config = config;
        this.watcher = watcher;
        this.store = store;
        this.channel = channel;
        this.clientAddress = clientAddress;
        this.tlsActive = tlsActive;
    }

    ImapConfig config() {
        return config;
    }

    ImapStore store() {
        return store;
    }

    ImapChannel channel() {
        return channel;
    }

    String clientAddress() {
        return clientAddress;
    }

    ResponseWriter out() {
        return out;
    }

    SessionState state() {
        return state;
    }

    String identity() {
        return identity;
    }

    SelectedMailbox selected() {
        return selected;
    }

    boolean tlsActive() {
        return tlsActive;
    }

    boolean utf8Accept() {
        return utf8Accept;
    }

    Revision revision() {
        return revision;
    }

    /**
     * Whether mailbox names travel as UTF-8 rather than modified UTF-7, and quoted strings may carry
     * UTF-8: UTF8=ACCEPT (RFC 6855) or IMAP4rev2 (RFC 9051 sections 4.3 and 5.1) enabled.
     */
    boolean utf8() {
        return utf8Accept || revision.utf8();
    }

    /** Whether the client is told that this message is \Recent: only rev1 clients know the flag. */
    boolean showsRecent(long uid) {
        return revision.hasRecent() && selected.isRecent(uid);
    }

    boolean condStore() {
        return condStore;
    }

    boolean plainLoginAllowed() {
        return tlsActive || config.plainLoginWithoutTls();
    }

    /** The capabilities to announce now: they depend on TLS and on the login (RFC 9051 section 7.2.2). */
    String capabilities() {
        // LITERAL+ includes LITERAL- (RFC 7888 section 4), which IMAP4rev2 requires.
        String literal = config.limits().literalPlus() ? "LITERAL+" : "LITERAL-";
        StringBuilder list = new StringBuilder("IMAP4rev1 IMAP4rev2 " + literal + " ID ENABLE IDLE NAMESPACE UNSELECT UIDPLUS MOVE"
                + " CHILDREN SPECIAL-USE CREATE-SPECIAL-USE LIST-EXTENDED LIST-STATUS ESEARCH MULTIAPPEND STATUS=SIZE UTF8=ACCEPT"
                + " CONDSTORE QRESYNC SEARCHRES QUOTA QUOTA=RES-STORAGE SORT SORT=DISPLAY THREAD=ORDEREDSUBJECT THREAD=REFERENCES BINARY COMPRESS=DEFLATE"
                + " APPENDLIMIT=" + config.limits().maxLiteralAfterAuth());
        if (state == SessionState.NOT_AUTHENTICATED) {
            if (!tlsActive && config.tlsAvailable()) {
                list.append(" STARTTLS");
            }
            list.append(plainLoginAllowed() ? " SASL-IR AUTH=PLAIN" : " LOGINDISABLED");
        }
        return list.toString();
    }

    void flush() {
        if (!out.isEmpty()) {
            channel.send(out.drain());
        }
        if (state == SessionState.LOGOUT) {
            channel.close();
        }
    }

    void tlsStarted() {
        tlsActive = true;
    }

    void authenticated(String identity) {
        this.identity = identity;
        this.state = SessionState.AUTHENTICATED;
    }

    void select(SelectedMailbox mailbox) {
        stopWatching();
        this.selected = mailbox;
        this.state = mailbox == null ? SessionState.AUTHENTICATED : SessionState.SELECTED;
        if (mailbox != null) {
            // Whatever changed between reading the mailbox and watching it is seen by the first look.
            changedSinceLook.set(true);
            watching = watcher.watch(mailbox.mailboxId(), () -> {
                changedSinceLook.set(true);
                signalled.set(true);
            });
        }
    }

    /**
     * Whether to ask the store for changes of the selected mailbox now: {@code always}, or news of a change
     * came since the last look, or news cannot be trusted ({@link MailboxWatcher#tellsChanges}), or the
     * last look is {@link #SAFETY_LOOK} ago (news is a hint and may be lost). A look taken is recorded.
     */
    boolean lookDue(Instant now, boolean always) {
        // Taken before the look, so that news arriving during it leads to another.
        boolean news = changedSinceLook.getAndSet(false);
        boolean due = always || news || !watcher.tellsChanges() || !now.isBefore(lastLook.plus(SAFETY_LOOK));
        if (due) {
            lastLook = now;
        }
        return due;
    }

    /** Whether news of a change to the selected mailbox came since the last call. */
    boolean takeSignal() {
        return signalled.getAndSet(false);
    }

    void stopWatching() {
        if (watching != null) {
            watching.cancel();
            watching = null;
        }
    }

    void enableUtf8() {
        utf8Accept = true;
        useUtf8Writer();
    }

    /** ENABLE IMAP4rev2 (RFC 9051 section 6.3.1): the rest of the connection follows RFC 9051. */
    void enableRev2() {
        revision = Revision.IMAP4REV2;
        useUtf8Writer();
    }

    private void useUtf8Writer() {
        flushWriter();
        out = new ResponseWriter(true);
    }

    void enableCondStore() {
        condStore = true;
    }

    /** QRESYNC (RFC 7162 section 3.2): CONDSTORE, and expunges told as VANISHED. */
    void enableQresync() {
        condStore = true;
        qresync = true;
    }

    boolean qresync() {
        return qresync;
    }

    boolean compressed() {
        return compressed;
    }

    void compressionStarted() {
        compressed = true;
    }

    void endSession() {
        state = SessionState.LOGOUT;
        stopWatching();
    }

    private void flushWriter() {
        if (!out.isEmpty()) {
            channel.send(out.drain());
        }
    }
}
