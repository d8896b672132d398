package org.flutemail.infrastructure.fetch;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.flutemail.fetch.FetchException;
import org.flutemail.fetch.RemoteMessage;

/**
 * An IMAP INBOX. Messages are known by UIDVALIDITY and UID (RFC 3501 2.3.1.1), read with BODY.PEEK so
 * their flags stay as they were. Deletion sets \Deleted and then expunges only the messages this
 * collection marked (UID EXPUNGE where the server has UIDPLUS), not others a user marked elsewhere.
 */
final class ImapRemoteMailbox extends JakartaMailMailbox {

    private final IMAPStore imap;
    private final IMAPFolder folder;
    private final List<Message> marked = new ArrayList<>();

    ImapRemoteMailbox(IMAPStore store, IMAPFolder folder) {
        super(store, folder);
        this.imap = store;
        this.folder = folder;
    }

    @Override
    public List<RemoteMessage> list() throws FetchException {
        try {
            long validity = folder.getUIDValidity();
            Message[] messages = folder.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.SIZE);
            folder.fetch(messages, profile);
            List<RemoteMessage> listed = new ArrayList<>(messages.length);
            for (Message m : messages) {
                listed.add(listed(validity + ":" + folder.getUID(m), m));
            }
            return listed;
        } catch (MessagingException | RuntimeException e) {
            throw FetchFailures.classify(e, FetchFailures.Stage.SESSION);
        }
    }

    @Override
    public void markDeleted(RemoteMessage message) throws FetchException {
        try {
            Message m = message(message);
            m.setFlag(Flags.Flag.DELETED, true);
            marked.add(m);
        } catch (MessagingException | RuntimeException e) {
            throw FetchFailures.classify(e, FetchFailures.Stage.SESSION);
        }
    }

    @Override
    public void commitDeletions() throws FetchException {
        try {
            if (!marked.isEmpty() && imap.hasCapability("UIDPLUS")) {
                folder.expunge(marked.toArray(Message[]::new));
            } else if (!marked.isEmpty()) {
                // Without UIDPLUS the only way is EXPUNGE, which also removes what was marked elsewhere:
                // the user's own client would have removed those at its next close all the same.
                folder.expunge();
            }
            folder.close(false);
            imap.close();
        } catch (MessagingException | RuntimeException e) {
            throw FetchFailures.classify(e, FetchFailures.Stage.SESSION);
        }
    }
}
