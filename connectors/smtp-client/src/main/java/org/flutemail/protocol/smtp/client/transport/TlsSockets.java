package org.flutemail.protocol.smtp.client.transport;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The two kinds of TLS client Flute uses. Opportunistic TLS to MX hosts accepts any certificate: it
 * protects against passive eavesdropping only, and refusing an unverifiable certificate would just
 * make delivery fall back to plain text (RFC 7435). A smart host is verified against trusted roots.
 */
public final class TlsSockets {

    private TlsSockets() {
    }

    /** A factory that accepts every certificate: for opportunistic TLS only. */
    public static SSLSocketFactory acceptingAnyCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AcceptAll()}, new SecureRandom());
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM has no TLS", e);
        }
    }

    /** A factory that verifies against {@code context}'s trust, or the JVM default when {@code null}. */
    public static SSLSocketFactory verifying(SSLContext context) {
        if (context != null) {
            return context.getSocketFactory();
        }
        try {
            return SSLContext.getDefault().getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM has no default TLS context", e);
        }
    }

    /** Trusts everything, on purpose; see the class comment. */
    private static final class AcceptAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
