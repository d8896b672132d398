package org.flutemail.infrastructure.migration;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Properties;
import org.flutemail.infrastructure.tls.MailStoreProperties;
import org.flutemail.migration.RemoteAccount;
import org.flutemail.migration.SourceUnavailableException;

/**
 * Opens a Jakarta Mail store on an old server with timeouts, the TLS mode and the trust asked for;
 * and what both sources do with Jakarta Mail failures.
 */
final class MailSessions {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(120);

    private MailSessions() {
    }

    static Store connect(RemoteAccount account) throws SourceUnavailableException {
        String protocol = account.protocol().name().toLowerCase(java.util.Locale.ROOT);
        Properties props;
        try {
            props = MailStoreProperties.of(protocol, MailStoreProperties.Security.valueOf(account.tls().name()),
                    account.fingerprint() == null ? null : HexFormat.of().formatHex(account.fingerprint()),
                    CONNECT_TIMEOUT, READ_TIMEOUT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is part of every Java runtime", e);
        }
        props.put("mail." + protocol + ".host", account.host());
        props.put("mail." + protocol + ".port", Integer.toString(account.port()));
        // Reading must not change the old server: BODY.PEEK keeps \Seen as it was.
        props.put("mail.imap.peek", "true");
        props.put("mail.imap.fetchsize", Integer.toString(1024 * 1024));
        props.put("mail.pop3.rsetbeforequit", "true");
        Session session = Session.getInstance(props);
        try {
            Store store = session.getStore(protocol);
            store.connect(account.host(), account.port(), account.login(), account.password());
            return store;
        } catch (AuthenticationFailedException e) {
            throw new SourceUnavailableException("the old server refused the login for " + account.login()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().strip()), e);
        } catch (MessagingException e) {
            throw new SourceUnavailableException("cannot connect to " + account.host() + ":" + account.port()
                    + " (" + account.tls() + "): " + describe(e), e);
        }
    }

    /** The innermost useful message: Jakarta Mail wraps socket and TLS errors in several layers. */
    static String describe(Throwable e) {
        Throwable t = e;
        String text = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                text = t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return text == null ? e.getClass().getSimpleName() : text;
    }

    /** A closed folder or store, or a socket error underneath, means nothing more can be read. */
    static IOException failure(String what, MessagingException e) {
        boolean connectionLost = e instanceof FolderClosedException || e instanceof StoreClosedException
                || e.getCause() instanceof IOException || e.getCause() instanceof FolderClosedException;
        String text = what + ": " + describe(e);
        return connectionLost ? new SourceUnavailableException(text, e) : new IOException(text, e);
    }

    /** Closes without expunging (nothing is deleted on the old server), ignoring a dropped connection. */
    static void closeQuietly(Folder folder) {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException ignored) {
            // the connection is gone already, or the server closed the folder; nothing to keep
        }
    }

    static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException ignored) {
            // logging out of a server that has dropped us: nothing left to release
        }
    }
}
