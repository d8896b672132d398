package org.flutemail.infrastructure.fetch;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.flutemail.domain.FetchErrorKind;
import org.flutemail.fetch.FetchException;
import org.flutemail.fetch.RemoteMailbox;
import org.flutemail.fetch.RemoteMessage;

/**
 * A POP3 maildrop. Messages are known by their UIDL (RFC 1939 section 7), so a server without UIDL
 * cannot be collected from safely and is refused. Deletions are DELE commands that the server carries
 * out only at QUIT (the UPDATE state): a session that breaks off deletes nothing.
 */
final class Pop3RemoteMailbox implements RemoteMailbox {

    private final Store store;
    private final POP3Folder folder;
    private final Map<String, Message> byId = new HashMap<>();

    Pop3RemoteMailbox(Store store, POP3Folder folder) {
        this.store = store;
        this.folder = folder;
    }

    @Override
    public List<RemoteMessage> list() throws FetchException {
        try {
            Message[] messages = folder.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.SIZE);
            folder.fetch(messages, profile);
            List<RemoteMessage> listed = new ArrayList<>(messages.length);
            for (Message m : messages) {
                String uidl = folder.getUID(m);
                if (uidl == null) {
                    throw new FetchException(FetchErrorKind.PROTOCOL,
                            "the server does not support UIDL, without which messages cannot be told apart");
                }
                byId.put(uidl, m);
                listed.add(new RemoteMessage(uidl, m.getSize()));
            }
            return listed;
        } catch (MessagingException | RuntimeException e) {
            throw FetchFailures.classify(e, FetchFailures.Stage.SESSION);
        }
    }

    @Override
    public void download(RemoteMessage message, OutputStream out) throws FetchException {
        try {
            // Unmodified, POP3Message streams RETR straight to out, without keeping it in memory.
            byId.get(message.id()).writeTo(out);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw FetchFailures.classify(e, FetchFailures.Stage.SESSION);
        }
    }

    @Override
    public void markDeleted(RemoteMessage message) throws FetchException {
        try {
            byId.get(message.id()).setFlag(Flags.Flag.DELETED, true);
        } catch (MessagingException | RuntimeException e) {
            throw FetchFailures.classify(e, FetchFailures.Stage.SESSION);
        }
    }

    @Override
    public void commitDeletions() throws FetchException {
        try {
            folder.close(true);
            store.close();
        } catch (MessagingException | RuntimeException e) {
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
            // Breaking off: the server keeps every message, deleted ones included.
        }
        JakartaMailClient.closeQuietly(store);
    }
}
