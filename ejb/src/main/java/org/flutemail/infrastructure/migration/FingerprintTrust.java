package org.flutemail.infrastructure.migration;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts exactly one server certificate, named by the SHA-256 of its DER encoding: how an
 * administrator vouches for an old server's self-signed certificate without trusting every one.
 */
final class FingerprintTrust implements X509TrustManager {

    private final byte[] expected;

    private FingerprintTrust(byte[] expected) {
        this.expected = expected.clone();
    }

    static SSLSocketFactory socketFactory(byte[] fingerprint) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new FingerprintTrust(fingerprint)}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is part of every Java runtime", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        byte[] actual;
        try {
            actual = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new CertificateException(e);
        }
        if (!MessageDigest.isEqual(actual, expected)) {
            throw new CertificateException("the server's certificate has SHA-256 fingerprint "
                    + HexFormat.of().formatHex(actual) + ", not the trusted " + HexFormat.of().formatHex(expected));
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
}
