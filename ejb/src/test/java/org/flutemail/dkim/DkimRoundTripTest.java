package org.flutemail.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.dkim.TestMessages.ED25519;
import static org.flutemail.dkim.TestMessages.MESSAGE;
import static org.flutemail.dkim.TestMessages.NOW;
import static org.flutemail.dkim.TestMessages.RSA;
import static org.flutemail.dkim.TestMessages.key;
import static org.flutemail.dkim.TestMessages.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import org.flutemail.dns.InMemoryDns;
import org.junit.jupiter.api.Test;

class DkimRoundTripTest {

    private final InMemoryDns dns = TestMessages.dnsWithKeys();

    @Test
    void aMessageSignedWithRsaAndEd25519VerifiesWithBoth() throws IOException {
        String signed = signed(MESSAGE);
        assertThat(verify(signed)).extracting(DkimVerification::result, DkimVerification::selector)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DkimResult.PASS, "ed"),
                        org.assertj.core.groups.Tuple.tuple(DkimResult.PASS, "rsa"));
    }

    @Test
    void theSignatureNamesWhatItSignsAndOversignsFrom() throws IOException {
        String field = new DkimSigner().sign(stream(MESSAGE), List.of(key(RSA, "rsa")), NOW).get(0);
        assertThat(field.replace("\r\n\t", "")).startsWith("v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.test; s=rsa;")
                .contains("t=" + NOW.getEpochSecond())
                .contains("h=from:from:to:subject:date:message-id:mime-version:content-type;")
                .doesNotContain("received");
        for (String line : ("DKIM-Signature: " + field).split("\r\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(78);
        }
    }

    @Test
    void relaxedCanonicalizationSurvivesRefoldingAndTrailingSpace() throws IOException {
        String signed = signed(MESSAGE).replace("Subject:  Lunch   on\tFriday? \r\n", "subject: Lunch on\r\n Friday?\r\n")
                .replace("see you at  noon.\r\n", "see you at noon.   \r\n\r\n");
        assertThat(verify(signed)).extracting(DkimVerification::result).containsOnly(DkimResult.PASS);
    }

    @Test
    void aChangedBodyFailsTheBodyHash() throws IOException {
        List<DkimVerification> results = verify(signed(MESSAGE).replace("noon", "one"));
        assertThat(results).extracting(DkimVerification::result).containsOnly(DkimResult.FAIL);
        assertThat(results.get(0).reason()).isEqualTo("body hash did not verify");
    }

    @Test
    void aChangedSignedHeaderFailsTheSignature() throws IOException {
        List<DkimVerification> results = verify(signed(MESSAGE).replace("Friday", "Monday"));
        assertThat(results).extracting(DkimVerification::result).containsOnly(DkimResult.FAIL);
        assertThat(results.get(0).reason()).isEqualTo("signature did not verify");
    }

    @Test
    void anAddedFromFailsBecauseFromIsOversigned() throws IOException {
        String signed = signed(MESSAGE).replace("\r\n\r\nHi Bob", "\r\nFrom: mallory@evil.test\r\n\r\nHi Bob");
        assertThat(verify(signed)).extracting(DkimVerification::result).containsOnly(DkimResult.FAIL);
    }

    @Test
    void anAddedUnsignedHeaderDoesNotMatter() throws IOException {
        String signed = "X-Spam: no\r\n" + signed(MESSAGE).replace("\r\n\r\nHi Bob", "\r\nX-Other: 1\r\n\r\nHi Bob");
        assertThat(verify(signed)).extracting(DkimVerification::result).containsOnly(DkimResult.PASS);
    }

    @Test
    void keyProblemsAreErrorsNotFailures() throws IOException {
        String signed = signed(MESSAGE);
        assertThat(new DkimVerifier(new InMemoryDns()).verify(stream(signed), NOW))
                .extracting(DkimVerification::result).containsOnly(DkimResult.PERMERROR);
        assertThat(new DkimVerifier(new InMemoryDns().timeout("rsa._domainkey.example.test")
                .add("ed._domainkey.example.test", "TXT", "v=DKIM1; k=ed25519; p="))
                .verify(stream(signed), NOW)).extracting(DkimVerification::result, DkimVerification::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DkimResult.PERMERROR, "key revoked"),
                        org.assertj.core.groups.Tuple.tuple(DkimResult.TEMPERROR, "key look-up failed"));
        assertThat(new DkimVerifier(new InMemoryDns().add("rsa._domainkey.example.test", "TXT",
                TestMessages.record(ED25519))).verify(stream(signed), NOW).get(1).result())
                .isEqualTo(DkimResult.PERMERROR);
    }

    @Test
    void unusableSignaturesAreNeutralAndExpiredOnesFail() throws IOException {
        String sha1 = "DKIM-Signature: v=1; a=rsa-sha1; d=example.test; s=rsa; h=from; bh=AAAA; b=AAAA\r\n" + MESSAGE;
        assertThat(verify(sha1)).singleElement().satisfies(v -> {
            assertThat(v.result()).isEqualTo(DkimResult.NEUTRAL);
            assertThat(v.domain()).isEqualTo("example.test");
        });
        String noFrom = "DKIM-Signature: v=1; a=rsa-sha256; d=example.test; s=rsa; h=to; bh=AAAA; b=AAAA\r\n" + MESSAGE;
        assertThat(verify(noFrom)).extracting(DkimVerification::result).containsOnly(DkimResult.NEUTRAL);
        String garbage = "DKIM-Signature: this is no tag list\r\n" + MESSAGE;
        assertThat(verify(garbage)).extracting(DkimVerification::result).containsOnly(DkimResult.NEUTRAL);
        String expired = "DKIM-Signature: v=1; a=rsa-sha256; d=example.test; s=rsa; h=from; x=1000; bh=AAAA; b=AAAA\r\n"
                + MESSAGE;
        assertThat(verify(expired)).extracting(DkimVerification::reason).containsOnly("signature expired");
    }

    @Test
    void anUnsignedMessageHasNoResults() throws IOException {
        assertThat(verify(MESSAGE)).isEmpty();
    }

    @Test
    void aLargeBodyIsSignedAndVerifiedAsAStream() throws IOException {
        long bodySize = 8L << 20;
        List<String> fields = new DkimSigner().sign(largeMessage(bodySize), List.of(key(RSA, "rsa")), NOW);
        InputStream signed = new SequenceInputStream(stream("DKIM-Signature: " + fields.get(0) + "\r\n"),
                largeMessage(bodySize));
        assertThat(new DkimVerifier(dns).verify(signed, NOW)).extracting(DkimVerification::result)
                .containsExactly(DkimResult.PASS);
    }

    /** A message whose body is generated as it is read, never held in memory. */
    private static InputStream largeMessage(long bodySize) {
        InputStream body = new InputStream() {
            private long left = bodySize;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return left % 80 == 0 ? '\n' : 'a' + (int) (left % 26);
            }
        };
        return new SequenceInputStream(stream("From: alice@example.test\r\nSubject: big\r\n\r\n"), body);
    }

    private String signed(String message) throws IOException {
        List<String> fields = new DkimSigner().sign(stream(message), List.of(key(RSA, "rsa"), key(ED25519, "ed")), NOW);
        StringBuilder signed = new StringBuilder();
        for (String f : fields) {
            signed.insert(0, "DKIM-Signature: " + f + "\r\n");
        }
        return signed + message;
    }

    private List<DkimVerification> verify(String message) throws IOException {
        return new DkimVerifier(dns).verify(stream(message), NOW);
    }
}
