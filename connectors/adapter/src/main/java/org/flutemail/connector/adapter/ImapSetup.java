package org.flutemail.connector.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

import org.flutemail.protocol.imap.session.ImapChannel;
import org.flutemail.protocol.imap.session.ImapConfig;
import org.flutemail.protocol.imap.session.ImapSession;
import org.flutemail.protocol.imap.store.ImapStore;
import org.flutemail.protocol.imap.store.MailboxChangeHub;
import org.flutemail.protocol.imap.store.MailboxWatcher;

/** Everything a connection of one IMAP port starts from; built once per port and shared. */
record ImapSetup(ImapSettings settings, ImapSettings.Port port, Supplier<Optional<SSLContext>> tls, ImapStore store)
        implements PortProtocol {

    /**
     * How often a silent connection looks at its session even without news of a change: news wakes a
     * connection at once (RFC 2177 clients expect new mail within seconds), so this is only the net
     * should news be lost, and long, since each look of an idling session asks the store.
     */
    static final Duration SAFETY_TICK = Duration.ofMinutes(2);

    @Override
    public String name() {
        return "IMAP " + port.listener();
    }

    @Override
    public String serverName() {
        return settings.serverName();
    }

    @Override
    public boolean implicitTls() {
        return port.implicitTls();
    }

    @Override
    public Duration idleTimeout() {
        return settings.idleTimeout();
    }

    @Override
    public Duration handshakeTimeout() {
        return settings.handshakeTimeout();
    }

    @Override
    public Conversation open(String clientAddress, boolean tlsAvailable) {
        ImapConfig config = new ImapConfig(settings.serverName(), tlsAvailable && !port.implicitTls(),
                settings.plainLoginWithoutTls(), settings.maxBadCommands(), settings.limits());
        BufferedChannel channel = new BufferedChannel();
        WakingWatcher watcher = new WakingWatcher(MailboxChangeHub.INSTANCE);
        return new ImapConversation(new ImapSession(config, store, channel, clientAddress, port.implicitTls(),
                watcher), channel, watcher);
    }

    @Override
    public String tooManyConnections() {
        return "* BYE [UNAVAILABLE] " + serverName() + " too many connections, try later\r\n";
    }

    @Override
    public String busy() {
        return "* BYE [UNAVAILABLE] " + serverName() + " service busy, try later\r\n";
    }

    /** Collects what the session sends until the connection writes it out. */
    private static final class BufferedChannel implements ImapChannel {

        /** Beyond this, the buffer is dropped after use: an idle connection should not keep a big FETCH's array. */
        private static final int KEPT_CAPACITY = 8 * 1024;

        private ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private boolean startTls;
        private boolean compress;
        private boolean closed;

        @Override
        public void send(byte[] bytes) {
            pending.writeBytes(bytes);
        }

        @Override
        public void startTls() {
            startTls = true;
        }

        @Override
        public void startCompression() {
            compress = true;
        }

        @Override
        public void close() {
            closed = true;
        }

        boolean takeCompress() {
            boolean requested = compress;
            compress = false;
            return requested;
        }

        void writeTo(OutputStream out) throws IOException {
            pending.writeTo(out);
            if (pending.size() > KEPT_CAPACITY) {
                pending = new ByteArrayOutputStream();
            } else {
                pending.reset();
            }
        }

        boolean takeStartTls() {
            boolean requested = startTls;
            startTls = false;
            return requested;
        }
    }

    /**
     * The hub as the session sees it, plus a wake-up of the connection after the session noted the news:
     * a parked connection has no thread to notice the session's flag.
     */
    private static final class WakingWatcher implements MailboxWatcher {

        private final MailboxWatcher news;
        private volatile Runnable wakeUp = () -> { };

        WakingWatcher(MailboxWatcher news) {
            this.news = news;
        }

        @Override
        public Registration watch(long mailboxId, Runnable onChange) {
            return news.watch(mailboxId, () -> {
                onChange.run();
                wakeUp.run();
            });
        }

        @Override
        public boolean tellsChanges() {
            return news.tellsChanges();
        }
    }

    /** An IMAP session as a {@link Conversation}. */
    private static final class ImapConversation implements Conversation {

        private final ImapSession session;
        private final BufferedChannel channel;
        private final WakingWatcher watcher;
        private String tls = "";

        ImapConversation(ImapSession session, BufferedChannel channel, WakingWatcher watcher) {
            this.session = session;
            this.channel = channel;
            this.watcher = watcher;
        }

        @Override
        public void wakeUpWith(Runnable wakeUp) {
            watcher.wakeUp = wakeUp;
        }

        @Override
        public void greet(OutputStream out) throws IOException {
            session.start();
            channel.writeTo(out);
        }

        @Override
        public boolean receive(byte[] bytes, int offset, int length, OutputStream out) throws IOException {
            session.receive(bytes, offset, length);
            channel.writeTo(out);
            return channel.takeStartTls();
        }

        @Override
        public void tlsEstablished(String description) {
            tls = description;
        }

        @Override
        public boolean takeCompressionRequest() {
            return channel.takeCompress();
        }

        @Override
        public Duration tickInterval() {
            return SAFETY_TICK;
        }

        @Override
        public void tick(OutputStream out) throws IOException {
            session.tick(Instant.now());
            channel.writeTo(out);
        }

        @Override
        public void idleTimeout(OutputStream out) throws IOException {
            session.timedOut();
            channel.writeTo(out);
        }

        @Override
        public boolean isClosing() {
            return channel.closed || session.ended();
        }

        @Override
        public String summary() {
            return tls.isEmpty() ? "plain" : tls;
        }

        @Override
        public void close() {
            // Every store call released its endpoint already; only the mailbox watch is left.
            session.closed();
        }
    }
}
