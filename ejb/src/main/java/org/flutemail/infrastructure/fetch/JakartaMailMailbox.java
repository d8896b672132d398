package org.flutemail.infrastructure.fetch;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.flutemail.fetch.FetchException;
import org.flutemail.fetch.RemoteMailbox;
import org.flutemail.fetch.RemoteMessage;

/** What a POP3 maildrop and an IMAP INBOX opened through Jakarta Mail have in common. */
abstract class JakartaMailMailbox implements RemoteMailbox {

    protected final Store store;
    private final Folder folder;
    private final Map<String, Message> byId = new HashMap<>();

    JakartaMailMailbox(Store store, Folder folder) {
        this.store = store;
        this.folder = folder;
    }

    /** Remembers a listed message under its remote id, for the calls that name it later. */
    protected RemoteMessage listed(String id, Message m) throws MessagingException {
        byId.put(id, m);
        return new RemoteMessage(id, m.getSize());
    }

    protected Message message(RemoteMessage message) {
        return byId.get(message.id());
    }

    @Override
    public void download(RemoteMessage message, OutputStream out) throws FetchException {
        try {
            // An unmodified message not loaded before writes what the server sends (POP3: RETR
            // streamed straight through; IMAP: BODY.PEEK[] in blocks), failing if the stream ends early.
            message(message).writeTo(out);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw FetchFailures.classify(e, FetchFailures.Stage.SESSION);
        }
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            // Breaking off: the server keeps every message, those marked deleted included.
        }
        JakartaMailClient.closeQuietly(store);
    }
}
