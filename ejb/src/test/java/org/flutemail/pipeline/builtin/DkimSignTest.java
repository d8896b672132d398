package org.flutemail.pipeline.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import org.flutemail.dkim.DkimAlgorithm;
import org.flutemail.dkim.DkimKeyMaterial;
import org.flutemail.dkim.DkimResult;
import org.flutemail.dkim.DkimSigningKey;
import org.flutemail.dkim.DkimTxtRecord;
import org.flutemail.dkim.DkimVerification;
import org.flutemail.dkim.DkimVerifier;
import org.flutemail.dns.InMemoryDns;
import org.flutemail.pipeline.FakeMailetContext;
import org.flutemail.pipeline.Mail;
import org.junit.jupiter.api.Test;

class DkimSignTest {

    static final DkimKeyMaterial KEY = DkimKeyMaterial.generate(DkimAlgorithm.RSA_SHA256);

    private static final String OUTGOING = "From: Alice <alice@example.test>\r\nTo: carol@remote.test\r\n"
            + "Subject: hello\r\n\r\nHi Carol\r\n";

    @Test
    void mailFromALocalDomainWithAKeyIsSignedAndVerifies() throws Exception {
        FakeMailetContext context = new FakeMailetContext().content("0".repeat(64), OUTGOING)
                .dkimKey(key("example.test", "flute2026"));
        Mail mail = relayed();
        new DkimSign().service(mail, context);
        assertThat(prefix(mail)).startsWith("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.test;"
                + " s=flute2026;");
        InMemoryDns dns = new InMemoryDns().add("flute2026._domainkey.example.test", "TXT",
                DkimTxtRecord.of("flute2026", "example.test", DkimAlgorithm.RSA_SHA256, KEY.publicKey()).value());
        try (InputStream in = context.openContent(mail)) {
            assertThat(new DkimVerifier(dns).verify(in, Instant.now())).extracting(DkimVerification::result)
                    .containsExactly(DkimResult.PASS);
        }
    }

    @Test
    void theRelayProcessorSignsBeforeRemoteDelivery() {
        FakeMailetContext context = new FakeMailetContext().content("0".repeat(64), OUTGOING)
                .dkimKey(key("example.test", "flute2026"));
        Mail mail = relayed();
        StandardPipeline.create().run(mail, context);
        assertThat(context.sentRemote).containsExactly(List.of("carol@remote.test"));
        assertThat(context.dns.asked).isEmpty(); // authenticated: no SPF or DKIM checks on the way in
    }

    @Test
    void mailFromOtherDomainsOrWithoutASingleFromIsNotSigned() {
        FakeMailetContext context = new FakeMailetContext().dkimKey(key("example.test", "s"))
                .content("1".repeat(64), "From: bob@remote.test\r\n\r\nx\r\n")
                .content("2".repeat(64), "From: a@example.test\r\nFrom: b@example.test\r\n\r\nx\r\n")
                .content("3".repeat(64), "Subject: no from\r\n\r\nx\r\n");
        for (String content : List.of("1", "2", "3")) {
            Mail mail = new Mail("Q", "a@example.test", List.of("c@remote.test"), FakeMailetContext.mail().trace(),
                    content.repeat(64), 10);
            new DkimSign().service(mail, context);
            assertThat(mail.prefix()).as(content).isEmpty();
        }
    }

    @Test
    void theFromDomainIsTakenFromTheAddressNotTheDisplayName() {
        assertThat(DkimSign.addressDomain(" \"x@evil.test\" <Alice@Example.TEST> (work)")).contains("example.test");
        assertThat(DkimSign.addressDomain(" alice@example.test (Alice)")).contains("example.test");
        assertThat(DkimSign.addressDomain(" alice@example.test, bob@other.test")).contains("example.test");
        assertThat(DkimSign.addressDomain(" undisclosed-recipients:;")).isEmpty();
    }

    private static Mail relayed() {
        Mail.Trace t = new Mail.Trace("192.0.2.7", "laptop", "mx.example.test", "ESMTPSA", "", "alice@example.test",
                Instant.parse("2026-11-29T11:59:58Z"));
        return new Mail("Q2", "alice@example.test", List.of("carol@remote.test"), t, "0".repeat(64), 100);
    }

    static DkimSigningKey key(String domain, String selector) {
        try {
            return DkimSigningKey.fromPkcs8(domain, selector, "rsa-sha256", KEY.privateKeyPkcs8());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static String prefix(Mail mail) {
        return new String(mail.prefix(), StandardCharsets.UTF_8);
    }
}
