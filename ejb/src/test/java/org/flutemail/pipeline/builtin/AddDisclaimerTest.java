package org.flutemail.pipeline.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.flutemail.dkim.DkimAlgorithm;
import org.flutemail.dkim.DkimResult;
import org.flutemail.dkim.DkimTxtRecord;
import org.flutemail.dkim.DkimVerification;
import org.flutemail.dkim.DkimVerifier;
import org.flutemail.disclaimer.Disclaimer;
import org.flutemail.dns.InMemoryDns;
import org.flutemail.pipeline.DisclaimerPolicy;
import org.flutemail.pipeline.FakeMailetContext;
import org.flutemail.pipeline.Mail;
import org.junit.jupiter.api.Test;

class AddDisclaimerTest {

    private static final String OUTGOING = "From: Alice <alice@example.test>\r\nTo: carol@remote.test\r\n"
            + "Subject: hello\r\n\r\nHi Carol\r\n";
    private static final String KEY = "0".repeat(64);

    @Test
    void outgoingMailOfTheDomainIsStampedBeforeItIsSignedAndTheSignatureCoversIt() throws Exception {
        FakeMailetContext context = context(false).dkimKey(DkimSignTest.key("example.test", "s1"));

        StandardPipeline.create().run(submitted("alice@example.test", "ESMTPSA", "carol@remote.test"), context);

        String sent = context.sentRemoteContent.get(0);
        assertThat(sent).startsWith("DKIM-Signature:").contains("X-Flute-Disclaimer: example.test\r\n")
                .endsWith("Hi Carol\r\n\r\nConfidential.\r\n");
        InMemoryDns dns = new InMemoryDns().add("s1._domainkey.example.test", "TXT",
                DkimTxtRecord.of("s1", "example.test", DkimAlgorithm.RSA_SHA256, DkimSignTest.KEY.publicKey()).value());
        try (InputStream in = new java.io.ByteArrayInputStream(sent.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(new DkimVerifier(dns).verify(in, Instant.now())).extracting(DkimVerification::result)
                    .containsExactly(DkimResult.PASS);
        }
    }

    @Test
    void mailBetweenLocalAccountsIsStampedOnlyWhenTheDomainAsks() {
        FakeMailetContext outgoingOnly = context(false).account("bob@example.test");
        StandardPipeline.create().run(submitted("alice@example.test", "ESMTPSA", "bob@example.test"), outgoingOnly);
        assertThat(outgoingOnly.storedContent.get(0)).doesNotContain("Confidential.");

        FakeMailetContext internalToo = context(true).account("bob@example.test");
        StandardPipeline.create().run(submitted("alice@example.test", "HTTP", "bob@example.test"), internalToo);
        assertThat(internalToo.storedContent.get(0)).endsWith("Hi Carol\r\n\r\nConfidential.\r\n");
    }

    @Test
    void serverWrittenUnauthenticatedBouncesAndForeignAccountsAreLeftAlone() {
        List<Mail> untouched = List.of(
                submitted("alice@example.test", "LOCAL", "carol@remote.test"),
                submitted("", "ESMTP", "carol@remote.test"),
                submitted("alice@other.test", "ESMTPSA", "carol@remote.test"),
                new Mail("Q3", "", List.of("carol@remote.test"), submitted("alice@example.test", "ESMTPSA").trace(),
                        KEY, 10));
        for (Mail mail : untouched) {
            FakeMailetContext context = context(true);
            StandardPipeline.create().run(mail, context);
            assertThat(context.sentRemoteContent.get(0)).as(mail.trace().toString()).doesNotContain("Confidential.");
        }
    }

    private static FakeMailetContext context(boolean internalToo) {
        return new FakeMailetContext().content(KEY, OUTGOING)
                .disclaimer("example.test", new DisclaimerPolicy(Disclaimer.of("Confidential.", null), internalToo));
    }

    private static Mail submitted(String user, String protocol, String... recipients) {
        Mail.Trace t = new Mail.Trace("192.0.2.7", "laptop", "mx.example.test", protocol, "", user,
                Instant.parse("2026-11-29T11:59:58Z"));
        return new Mail("Q2", "alice@example.test", List.of(recipients), t, KEY, OUTGOING.length());
    }
}
