package org.flutemail.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A throw-away certificate made by openssl, as an administrator would bring one: PEM chain and PKCS#8
 * key. It names 127.0.0.1 too, so that clients which check the server's identity (Jakarta Mail does,
 * even when it trusts any issuer) keep working against a test server that has installed it.
 */
public record SelfSignedCertificate(String host, String certificatePem, String privateKeyPem) {

    public static SelfSignedCertificate forHost(String host) {
        try {
            Path dir = Files.createTempDirectory("flute-it-cert");
            Path key = dir.resolve("key.pem");
            Path cert = dir.resolve("cert.pem");
            ExternalCommand.Outcome outcome = ExternalCommand.run(List.of("openssl", "req", "-x509",
                    "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=" + host,
                    "-addext", "subjectAltName=DNS:" + host + ",IP:127.0.0.1", "-keyout", key.toString(), "-out", cert.toString()));
            if (outcome.exitCode() != 0) {
                throw new AssertionError("openssl failed: " + outcome);
            }
            SelfSignedCertificate made = new SelfSignedCertificate(host, Files.readString(cert), Files.readString(key));
            Files.delete(key);
            Files.delete(cert);
            Files.delete(dir);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
