package org.flutemail.infrastructure.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.flutemail.domain.FetchErrorKind;
import org.flutemail.domain.FetchProtocol;
import org.flutemail.domain.FetchTlsMode;
import org.flutemail.fetch.FetchException;
import org.flutemail.fetch.RemoteEndpoint;
import org.flutemail.fetch.RemoteMailbox;
import org.flutemail.fetch.RemoteMailboxClient;
import org.flutemail.infrastructure.tls.MailStoreProperties;

/**
 * Outside mailboxes through Jakarta Mail (the server's Angus Mail): one session per collection, with
 * connect and read timeouts so that a silent server cannot hold a collection for ever, and TLS trust
 * either from the JVM's trust store with the host name checked or from a pinned certificate.
 */
@ApplicationScoped
public class JakartaMailClient implements RemoteMailboxClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(120);

    @Override
    public RemoteMailbox open(RemoteEndpoint endpoint) throws FetchException {
        String protocol = storeProtocol(endpoint);
        Store store;
        try {
            store = Session.getInstance(properties(endpoint, protocol)).getStore(protocol);
        } catch (MessagingException e) {
            throw new FetchException(FetchErrorKind.LOCAL, "no Jakarta Mail provider for " + protocol, e);
        }
        try {
            store.connect(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.password());
        } catch (MessagingException | RuntimeException e) {
            throw FetchFailures.classify(e, FetchFailures.Stage.CONNECT);
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            return endpoint.protocol() == FetchProtocol.POP3
                    ? new Pop3RemoteMailbox(store, (POP3Folder) inbox)
                    : new ImapRemoteMailbox((IMAPStore) store, (IMAPFolder) inbox);
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(store);
            throw FetchFailures.classify(e, FetchFailures.Stage.SESSION);
        }
    }

    private static String storeProtocol(RemoteEndpoint e) {
        String base = e.protocol() == FetchProtocol.POP3 ? "pop3" : "imap";
        return e.tls() == FetchTlsMode.IMPLICIT ? base + "s" : base;
    }

    static Properties properties(RemoteEndpoint endpoint, String protocol) throws FetchException {
        Properties props;
        try {
            props = MailStoreProperties.of(protocol, MailStoreProperties.Security.valueOf(endpoint.tls().name()),
                    endpoint.pinnedSha256(), CONNECT_TIMEOUT, READ_TIMEOUT);
        } catch (GeneralSecurityException e) {
            throw new FetchException(FetchErrorKind.LOCAL, "cannot set up TLS: " + e.getMessage(), e);
        }
        // Fetching must not change the outside mailbox: no \Seen flags set by reading.
        props.put("mail." + protocol + ".peek", "true");
        return props;
    }

    static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            // The session is over either way; nothing was promised that closing would keep.
        }
    }
}
