package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flutemail.application.AuditLog;
import org.flutemail.application.TlsCertificateService;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.NotFoundException;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * Checks and installs the PEM files the resource adapter serves TLS from. Each file is written to a
 * temporary name and renamed into place, the key last written with owner-only permissions, so the
 * adapter never reads half a file.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultTlsCertificateService implements TlsCertificateService {

    static final String CERTIFICATE_FILE = "server.crt.pem";
    static final String KEY_FILE = "server.key.pem";
    private static final Logger LOG = Logger.getLogger(DefaultTlsCertificateService.class.getName());
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    @jakarta.inject.Inject
    AuditLog audit;

    @Override
    public CertificateInfo current() {
        Path file = ServerSettings.tlsDirectory().resolve(CERTIFICATE_FILE);
        try (InputStream in = Files.newInputStream(file)) {
            return info(certificates(in.readAllBytes()).get(0));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("no certificate installed yet; the server makes a self-signed one when "
                    + "the mail listeners start");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CertificateInfo install(String certificateChainPem, String privateKeyPem) {
        if (certificateChainPem == null || privateKeyPem == null) {
            throw new InvalidRequestException("both the certificate chain and the private key are required");
        }
        List<X509Certificate> chain = certificates(certificateChainPem.getBytes(StandardCharsets.US_ASCII));
        X509Certificate leaf = chain.get(0);
        try {
            leaf.checkValidity();
        } catch (CertificateException e) {
            throw new InvalidRequestException("the certificate is not valid now: " + e.getMessage());
        }
        PrivateKey key = privateKey(privateKeyPem, leaf.getPublicKey().getAlgorithm());
        checkPair(leaf, key);
        Path dir = ServerSettings.tlsDirectory();
        try {
            Files.createDirectories(dir);
            replace(dir, KEY_FILE, privateKeyPem.trim() + "\n", true);
            replace(dir, CERTIFICATE_FILE, certificateChainPem.trim() + "\n", false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificate files in " + dir, e);
        }
        LOG.info(() -> "TLS certificate installed for " + leaf.getSubjectX500Principal().getName()
                + ", valid until " + leaf.getNotAfter().toInstant());
        CertificateInfo installed = info(leaf);
        audit.record("tls.install", "certificate", null, Changes.describe(installed));
        return installed;
    }

    private static List<X509Certificate> certificates(byte[] pem) {
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))) {
                chain.add((X509Certificate) c);
            }
            if (chain.isEmpty()) {
                throw new InvalidRequestException("no PEM certificate found");
            }
            return chain;
        } catch (CertificateException e) {
            throw new InvalidRequestException("the certificate chain is not valid PEM: " + e.getMessage());
        }
    }

    private static PrivateKey privateKey(String pem, String algorithm) {
        Matcher m = PRIVATE_KEY.matcher(pem);
        if (!m.find()) {
            throw new InvalidRequestException("the private key must be PEM PKCS#8 (BEGIN PRIVATE KEY); convert "
                    + "others with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(m.group(1));
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidRequestException("the private key does not parse as a " + algorithm + " key");
        }
    }

    /** A signature made with the key must verify with the certificate's public key. */
    private static void checkPair(X509Certificate cert, PrivateKey key) {
        String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            byte[] probe = "flute key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(cert.getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new InvalidRequestException("the private key does not belong to the certificate");
            }
        } catch (GeneralSecurityException e) {
            throw new InvalidRequestException("the private key does not belong to the certificate");
        }
    }

    private static void replace(Path dir, String name, String content, boolean secret) throws IOException {
        Path temp = Files.createTempFile(dir, name, ".tmp");
        try {
            if (secret) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static CertificateInfo info(X509Certificate c) {
        List<String> names = new ArrayList<>();
        try {
            if (c.getSubjectAlternativeNames() != null) {
                for (List<?> san : c.getSubjectAlternativeNames()) {
                    names.add(String.valueOf(san.get(1)));
                }
            }
        } catch (CertificateException e) {
            // Unparseable alternative names: show the subject alone.
        }
        return new CertificateInfo(c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(), names,
                c.getNotBefore().toInstant(), c.getNotAfter().toInstant(),
                c.getSubjectX500Principal().equals(c.getIssuerX500Principal()));
    }
}
