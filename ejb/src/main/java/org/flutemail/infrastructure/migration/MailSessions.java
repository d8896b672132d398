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
import java.util.HexFormat;
import java.util.Properties;
import org.flutemail.domain.MigrationSource.Tls;
import org.flutemail.infrastructure.tls.PinnedCertificateTrust;
import org.flutemail.migration.RemoteAccount;
import org.flutemail.migration.SourceUnavailableException;

/**
 * Opens a Jakarta Mail store on an old server with timeouts, the TLS mode and the trust asked for;
 * and what both sources do with Jakarta Mail failures.
 */
final class MailSessions {

    static final int CONNECT_TIMEOUT_MS = 20_000;
    static final int READ_TIMEOUT_MS = 120_000;

    private MailSessions() {
    }

    static Store connect(RemoteAccount account) throws SourceUnavailableException {
        String protocol = account.protocol().name().toLowerCase(java.util.Locale.ROOT);
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put(p + "host", account.host());
        props.put(p + "port", Integer.toString(account.port()));
        props.put(p + "connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MS));
        props.put(p + "timeout", Integer.toString(READ_TIMEOUT_MS));
        // No writetimeout: Angus would start a thread of its own per connection for it. We write only
        // short commands; a server that stops reading shows as a read timeout on the reply.
        props.put(p + "ssl.enable", Boolean.toString(account.tls() == Tls.IMPLICIT));
        props.put(p + "starttls.enable", Boolean.toString(account.tls() == Tls.STARTTLS));
        props.put(p + "starttls.required", Boolean.toString(account.tls() == Tls.STARTTLS));
        if (account.fingerprint() != null) {
            try {
                props.put(p + "ssl.socketFactory",
                        PinnedCertificateTrust.socketFactory(HexFormat.of().formatHex(account.fingerprint())));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is part of every Java runtime", e);
            }
            // Without this, a handshake the pin refuses is tried again with the JVM's default factory,
            // whose refusal then hides ours (and its reason).
            props.put(p + "socketFactory.fallback", "false");
            // The pinned certificate is the identity; its names need not match how we reach the server.
            props.put(p + "ssl.checkserveridentity", "false");
        } else {
            props.put(p + "ssl.checkserveridentity", "true");
        }
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
