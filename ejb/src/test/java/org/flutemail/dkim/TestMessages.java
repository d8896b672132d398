package org.flutemail.dkim;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import org.flutemail.dns.InMemoryDns;

/** Messages and keys shared by the DKIM tests; keys are made once, RSA generation is slow. */
final class TestMessages {

    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    static final DkimKeyMaterial RSA = DkimKeyMaterial.generate(DkimAlgorithm.RSA_SHA256);
    static final DkimKeyMaterial ED25519 = DkimKeyMaterial.generate(DkimAlgorithm.ED25519_SHA256);

    static final String MESSAGE = "Received: from client by mx\r\n"
            + "From: Alice Example <alice@example.test>\r\n"
            + "To: bob@remote.test,\r\n carol@remote.test\r\n"
            + "Subject:  Lunch   on\tFriday? \r\n"
            + "Date: Sun, 29 Nov 2026 12:00:00 +0000\r\n"
            + "Message-ID: <m1@example.test>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "\r\n"
            + "Hi Bob,  \r\n\r\nsee you at  noon.\r\n\r\n\r\n";

    private TestMessages() {
    }

    static DkimSigningKey key(DkimKeyMaterial material, String selector) {
        try {
            return DkimSigningKey.fromPkcs8("example.test", selector, material.algorithm().tag(),
                    material.privateKeyPkcs8());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static InMemoryDns dnsWithKeys() {
        return new InMemoryDns()
                .add("rsa._domainkey.example.test", "TXT", record(RSA))
                .add("ed._domainkey.example.test", "TXT", record(ED25519));
    }

    static String record(DkimKeyMaterial material) {
        return DkimTxtRecord.of("x", "example.test", material.algorithm(), material.publicKey()).value();
    }

    static String pem(DkimKeyMaterial material) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(
                        Base64.getDecoder().decode(material.privateKeyPkcs8()))
                + "\n-----END PRIVATE KEY-----\n";
    }

    static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
