package org.flutemail.infrastructure.tls;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts exactly one server certificate, named by the SHA-256 fingerprint of its DER encoding: how a
 * user trusts an outside server with a self-signed certificate (the fetch agent's, an old server being
 * migrated) without trusting anything else. The pin is the whole of the check; who signed the
 * certificate and which names it carries do not matter.
 */
public final class PinnedCertificateTrust implements X509TrustManager {

    private final String pinnedSha256;

    /** @param pinnedSha256 the fingerprint in lower-case hex, without separators */
    public PinnedCertificateTrust(String pinnedSha256) {
        this.pinnedSha256 = pinnedSha256;
    }

    /** A socket factory that trusts the pinned certificate and nothing else. */
    public static SSLSocketFactory socketFactory(String pinnedSha256) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new PinnedCertificateTrust(pinnedSha256)}, null);
        return context.getSocketFactory();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        String actual = fingerprint(chain[0]);
        if (!actual.equals(pinnedSha256)) {
            throw new CertificateException("the server's certificate has SHA-256 fingerprint " + actual
                    + ", not the pinned " + pinnedSha256);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager checks servers only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    public static String fingerprint(X509Certificate certificate) throws CertificateEncodingException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
