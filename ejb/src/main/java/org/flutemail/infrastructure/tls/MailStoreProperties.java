package org.flutemail.infrastructure.tls;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.SSLContext;

/**
 * The Jakarta Mail settings of a connection to an outside POP3 or IMAP server, as the fetch agent and
 * the migration both open them: connect and read timeouts, the TLS mode, and the trust (a pinned
 * certificate, else the JVM's trust store with the host name checked).
 */
public final class MailStoreProperties {

    /** How the connection is protected. */
    public enum Security { NONE, STARTTLS, IMPLICIT }

    private MailStoreProperties() {
    }

    /**
     * @param protocol     the Jakarta Mail protocol name the store is opened with ({@code imap}, {@code pop3s} ...)
     * @param pinnedSha256 the trusted certificate's SHA-256 in lower-case hex, or null for the trust store
     */
    public static Properties of(String protocol, Security security, String pinnedSha256, Duration connectTimeout,
            Duration readTimeout) throws GeneralSecurityException {
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put(p + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        props.put(p + "timeout", Long.toString(readTimeout.toMillis()));
        // No writetimeout: Angus would start a thread of its own per connection for it. Only short
        // commands are written; a server that stops reading shows as a read timeout on the reply.
        if (security == Security.NONE) {
            return props;
        }
        props.put(p + "ssl.enable", Boolean.toString(security == Security.IMPLICIT));
        props.put(p + "starttls.enable", Boolean.toString(security == Security.STARTTLS));
        props.put(p + "starttls.required", Boolean.toString(security == Security.STARTTLS));
        props.put(p + "ssl.socketFactory", pinnedSha256 != null ? PinnedCertificateTrust.socketFactory(pinnedSha256)
                : defaultContext().getSocketFactory());
        // Without this, a handshake our trust refuses is tried again with the JVM's default factory,
        // whose refusal then hides ours (and its reason).
        props.put(p + "socketFactory.fallback", "false");
        // A pinned certificate is the identity; its names need not match how the server is reached.
        props.put(p + "ssl.checkserveridentity", Boolean.toString(pinnedSha256 == null));
        return props;
    }

    private static SSLContext defaultContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, null, null);
        return context;
    }
}
