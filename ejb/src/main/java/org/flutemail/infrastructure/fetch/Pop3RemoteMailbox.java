package org.flutemail.infrastructure.fetch;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.flutemail.domain.FetchErrorKind;
import org.flutemail.fetch.FetchException;
import org.flutemail.fetch.RemoteMessage;

/**
 * A POP3 maildrop. Messages are known by their UIDL (RFC 1939 section 7), so a server without UIDL
 * cannot be collected from safely and is refused. Deletions are DELE commands that the server carries
 * out only at QUIT (the UPDATE state): a session that breaks off deletes nothing.
 */
final class Pop3RemoteMailbox extends JakartaMailMailbox {

    private final POP3Folder folder;

    Pop3RemoteMailbox(Store store, POP3Folder folder) {
        super(store, folder);
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
                listed.add(listed(uidl, m));
            }
            return listed;
        } catch (MessagingException | RuntimeException e) {
            throw FetchFailures.classify(e, FetchFailures.Stage.SESSION);
        }
    }

    @Override
    public void markDeleted(RemoteMessage message) throws FetchException {
        try {
            message(message).setFlag(Flags.Flag.DELETED, true);
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
}
