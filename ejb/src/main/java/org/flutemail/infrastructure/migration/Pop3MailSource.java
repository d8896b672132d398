package org.flutemail.infrastructure.migration;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.io.IOException;
import java.util.List;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.eclipse.angus.mail.pop3.POP3Store;
import org.flutemail.domain.MessageFlags;
import org.flutemail.migration.MailSource;
import org.flutemail.migration.SourceFolder;
import org.flutemail.migration.SourceKeys;
import org.flutemail.migration.SourceMessage;

/**
 * A POP3 maildrop: INBOX only, messages in maildrop order, each named by its UIDL. POP3 knows no
 * flags and no internal date (the message's Date header stands in). Nothing is deleted on the old
 * server: no DELE is ever sent.
 */
final class Pop3MailSource implements MailSource {

    private final POP3Store store;

    Pop3MailSource(POP3Store store) {
        this.store = store;
    }

    @Override
    public List<SourceFolder> folders() {
        return List.of(SourceFolder.inbox());
    }

    @Override
    public void messages(SourceFolder source, MessageSink sink) throws IOException {
        POP3Folder folder;
        try {
            folder = (POP3Folder) store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
        } catch (MessagingException e) {
            throw MailSessions.failure("cannot open the POP3 maildrop", e);
        }
        try {
            Message[] all = folder.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(all, profile);
            for (Message m : all) {
                String uidl = folder.getUID(m);
                if (uidl == null) {
                    throw new IOException("the old server does not support UIDL, so a repeated run could not"
                            + " tell what it has copied; import from it over IMAP instead");
                }
                sink.accept(new SourceMessage(SourceKeys.pop3(uidl), "UIDL " + uidl, MessageFlags.NONE, null,
                        () -> TemporaryContent.fetch(m, "retrieve")));
            }
        } catch (MessagingException e) {
            throw MailSessions.failure("cannot read the POP3 maildrop", e);
        } finally {
            MailSessions.closeQuietly(folder);
        }
    }

    @Override
    public void close() {
        MailSessions.closeQuietly(store);
    }
}
