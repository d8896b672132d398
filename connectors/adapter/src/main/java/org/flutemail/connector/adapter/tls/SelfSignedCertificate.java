package org.flutemail.connector.adapter.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * A self-signed X.509 v3 certificate with a fresh RSA 2048 key, so that STARTTLS works from the first
 * start: the name as common name and as DNS subject alternative name, plus 127.0.0.1 for local
 * clients. Mail servers rarely verify each other's certificates, so this protects MX traffic against
 * passive listeners; users' clients need the real certificate an administrator installs.
 */
public final class SelfSignedCertificate {

    private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final int MAX_COMMON_NAME = 64;
    private static final int GENERAL_NAME_DNS = 2;
    private static final int GENERAL_NAME_IP = 7;

    /** What was made: the key pair and the certificate for its public key. */
    public record Generated(KeyPair keys, X509Certificate certificate) {
    }

    private SelfSignedCertificate() {
    }

    public static Generated create(String hostName, Duration validity) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        byte[] algorithm = Der.sequence(Der.objectIdentifier(SHA256_WITH_RSA), Der.nullValue());
        String commonName = hostName.length() > MAX_COMMON_NAME ? hostName.substring(0, MAX_COMMON_NAME) : hostName;
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.objectIdentifier(COMMON_NAME),
                Der.utf8String(commonName))));
        Instant now = Instant.now();
        byte[] altNames = Der.sequence(
                Der.implicit(GENERAL_NAME_DNS, hostName.getBytes(StandardCharsets.US_ASCII)),
                Der.implicit(GENERAL_NAME_IP, InetAddress.getLoopbackAddress().getAddress()));
        byte[] extensions = Der.explicit(3, Der.sequence(
                Der.sequence(Der.objectIdentifier(SUBJECT_ALT_NAME), Der.octetString(altNames))));
        byte[] toBeSigned = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
                algorithm,
                name,
                Der.sequence(Der.time(now.minus(Duration.ofHours(1))), Der.time(now.plus(validity))),
                name,
                keys.getPublic().getEncoded(),
                extensions);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update(toBeSigned);
        byte[] encoded = Der.sequence(toBeSigned, algorithm, Der.bitString(signer.sign()));
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(encoded));
        certificate.verify(keys.getPublic());
        return new Generated(keys, certificate);
    }
}
