package org.flutemail.protocol.imap.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.flutemail.protocol.imap.store.MailboxWatcher;

/** Drives one session as a client would: sends text, collects what the server answered to it. */
final class Client implements ImapChannel {

    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    final ImapSession session;
    boolean tlsStarted;
    boolean compressed;
    boolean closed;

    Client(InMemoryImapStore store, boolean tls) {
        this(store, ImapConfig.defaults("mail.example.test"), tls, MailboxWatcher.NONE);
    }

    Client(InMemoryImapStore store, ImapConfig config, boolean tls) {
        this(store, config, tls, MailboxWatcher.NONE);
    }

    /** @param watcher where the session hears of changes to its selected mailbox */
    Client(InMemoryImapStore store, boolean tls, MailboxWatcher watcher) {
        this(store, ImapConfig.defaults("mail.example.test"), tls, watcher);
    }

    private Client(InMemoryImapStore store, ImapConfig config, boolean tls, MailboxWatcher watcher) {
        session = new ImapSession(config, store, this, "192.0.2.7", tls, watcher);
        session.start();
    }

    static Client loggedIn(InMemoryImapStore store) {
        Client client = new Client(store, true);
        client.send("l1 LOGIN " + InMemoryImapStore.USER + " " + InMemoryImapStore.PASSWORD);
        return client;
    }

    /** Logged in, IMAP4rev2 enabled, and what the server said to all that forgotten. */
    static Client rev2(InMemoryImapStore store) {
        Client client = loggedIn(store);
        client.send("r2 ENABLE IMAP4rev2");
        client.take();
        return client;
    }

    /** Sends one line (CRLF added) and returns what the server sent back. */
    String send(String line) {
        byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
        session.receive(bytes, 0, bytes.length);
        return take();
    }

    /** Everything received since the last call. */
    String take() {
        String text = received.toString(StandardCharsets.UTF_8);
        received.reset();
        return text;
    }

    List<String> lines(String response) {
        return List.of(response.split("\r\n"));
    }

    @Override
    public void send(byte[] bytes) {
        received.writeBytes(bytes);
    }

    @Override
    public void startTls() {
        tlsStarted = true;
    }

    @Override
    public void startCompression() {
        compressed = true;
    }

    @Override
    public void close() {
        closed = true;
    }
}
