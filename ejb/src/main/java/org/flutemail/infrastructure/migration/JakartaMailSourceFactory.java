package org.flutemail.infrastructure.migration;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.pop3.POP3Store;
import org.flutemail.domain.MigrationSource.Protocol;
import org.flutemail.migration.MailSource;
import org.flutemail.migration.RemoteAccount;
import org.flutemail.migration.RemoteSources;
import org.flutemail.migration.SourceUnavailableException;

@ApplicationScoped
public class JakartaMailSourceFactory implements RemoteSources {

    @Override
    public MailSource connect(RemoteAccount account) throws SourceUnavailableException {
        var store = MailSessions.connect(account);
        return account.protocol() == Protocol.POP3 ? new Pop3MailSource((POP3Store) store)
                : new ImapMailSource((IMAPStore) store);
    }
}
