package org.flutemail.application;

import java.time.Instant;
import java.util.List;

/** The certificate the mail protocols present (SMTP STARTTLS and implicit TLS; IMAP and POP3 later). */
public interface TlsCertificateService {

    record CertificateInfo(String subject, String issuer, List<String> names, Instant notBefore, Instant notAfter,
            boolean selfSigned) {
    }

    /** The installed certificate, or a NotFoundException before the first one exists. */
    CertificateInfo current();

    /**
     * Installs a PEM certificate chain (leaf first) and its PEM PKCS#8 private key, after checking that
     * they parse, belong together and are valid now. The protocols pick it up without a restart.
     */
    CertificateInfo install(String certificateChainPem, String privateKeyPem);
}
