package org.flutemail.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.dkim.TestMessages.ED25519;
import static org.flutemail.dkim.TestMessages.MESSAGE;
import static org.flutemail.dkim.TestMessages.NOW;
import static org.flutemail.dkim.TestMessages.RSA;
import static org.flutemail.dkim.TestMessages.key;
import static org.flutemail.dkim.TestMessages.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flute against dkimpy, an independent implementation (Debian: {@code apt-get install python3-dkim}):
 * dkimpy verifies what Flute signs, Flute verifies what dkimpy signs. Skipped where dkimpy is missing.
 */
class DkimpyInteropTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    @BeforeAll
    static void dkimpyIsThere() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON)), "no " + PYTHON);
        Process p = new ProcessBuilder(PYTHON, "-c", "import dkim, nacl").redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "dkimpy is not installed");
    }

    @Test
    void dkimpyVerifiesFluteRsaSignatures() throws Exception {
        assertThat(dkimpyVerify(fluteSigned(key(RSA, "rsa")), TestMessages.record(RSA))).containsExactly("0 True");
    }

    @Test
    void dkimpyVerifiesFluteEd25519Signatures() throws Exception {
        assertThat(dkimpyVerify(fluteSigned(key(ED25519, "ed")), TestMessages.record(ED25519)))
                .containsExactly("0 True");
    }

    @Test
    void dkimpyRejectsAFluteSignatureOnAChangedMessage() throws Exception {
        String changed = fluteSigned(key(RSA, "rsa")).replace("noon", "one");
        assertThat(dkimpyVerify(changed, TestMessages.record(RSA))).containsExactly("0 False");
    }

    @Test
    void fluteVerifiesDkimpyRsaSignaturesInEveryCanonicalization() throws Exception {
        Path pem = write("key.pem", TestMessages.pem(RSA));
        for (String[] c : new String[][] {{"relaxed", "relaxed"}, {"relaxed", "simple"}, {"simple", "simple"},
            {"simple", "relaxed"}}) {
            String signed = dkimpySign(pem, "rsa", "rsa-sha256", c[0], c[1]) + MESSAGE;
            assertThat(fluteVerify(signed)).as(String.join("/", c)).containsExactly(DkimResult.PASS);
        }
    }

    @Test
    void fluteVerifiesDkimpyEd25519Signatures() throws Exception {
        byte[] pkcs8 = Base64.getDecoder().decode(ED25519.privateKeyPkcs8());
        // dkimpy takes the 32-octet seed, which closes the PKCS#8 encoding.
        Path seed = write("ed.key", Base64.getEncoder().encodeToString(
                Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length)));
        String signed = dkimpySign(seed, "ed", "ed25519-sha256", "relaxed", "relaxed") + MESSAGE;
        assertThat(fluteVerify(signed)).containsExactly(DkimResult.PASS);
        assertThat(fluteVerify(signed.replace("Lunch", "Dinner"))).containsExactly(DkimResult.FAIL);
    }

    private String fluteSigned(DkimSigningKey key) throws IOException {
        return "DKIM-Signature: " + new DkimSigner().sign(stream(MESSAGE), List.of(key), NOW).get(0) + "\r\n"
                + MESSAGE;
    }

    private List<DkimResult> fluteVerify(String message) throws IOException {
        return new DkimVerifier(TestMessages.dnsWithKeys()).verify(stream(message), Instant.now()).stream()
                .map(DkimVerification::result).toList();
    }

    private List<String> dkimpyVerify(String message, String keyRecord) throws Exception {
        return run(script(), "verify", write("message.eml", message).toString(), keyRecord).lines().toList();
    }

    private String dkimpySign(Path key, String selector, String algorithm, String headerCanon, String bodyCanon)
            throws Exception {
        return run(script(), "sign", write("message.eml", MESSAGE).toString(), key.toString(), "example.test",
                selector, algorithm, headerCanon, bodyCanon);
    }

    private String script() throws IOException {
        try (var in = getClass().getResourceAsStream("/dkim/dkimpy.py")) {
            return write("dkimpy.py", new String(in.readAllBytes(), StandardCharsets.UTF_8)).toString();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    private static String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
