package org.flutemail.pipeline.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.pipeline.builtin.DkimSignTest.prefix;

import java.time.Instant;
import java.util.List;
import org.flutemail.dkim.DkimAlgorithm;
import org.flutemail.dkim.DkimTxtRecord;
import org.flutemail.pipeline.FakeMailetContext;
import org.flutemail.pipeline.Mail;
import org.junit.jupiter.api.Test;

class AddAuthenticationResultsTest {

    private static final String INCOMING = "From: sender@remote.test\r\nTo: alice@example.test\r\n"
            + "Subject: hello\r\n\r\nHi Alice\r\n";

    @Test
    void aPassingSenderGetsSpfAndDkimPass() throws Exception {
        FakeMailetContext context = new FakeMailetContext().account("alice@example.test");
        context.dns.add("remote.test", "TXT", "v=spf1 ip4:192.0.2.0/24 -all")
                .add("sel._domainkey.remote.test", "TXT",
                        DkimTxtRecord.of("sel", "remote.test", DkimAlgorithm.RSA_SHA256,
                                DkimSignTest.KEY.publicKey()).value());
        Mail signed = FakeMailetContext.mail("alice@example.test");
        FakeMailetContext signer = new FakeMailetContext().content(signed.contentKey(), INCOMING)
                .dkimKey(DkimSignTest.key("remote.test", "sel"));
        new DkimSign().service(signed, signer);
        context.content(signed.contentKey(), prefix(signed) + INCOMING);

        StandardPipeline.create().run(FakeMailetContext.mail("alice@example.test"), context);

        assertThat(context.stored).singleElement().satisfies(s -> assertThat(s.prefix())
                .startsWith("Authentication-Results: mx.example.test;\r\n"
                        + "\tspf=pass smtp.mailfrom=sender@remote.test;\r\n"
                        + "\tdkim=pass header.d=remote.test header.s=sel header.b=")
                .contains("\r\nReceived: from client.remote.test"));
    }

    @Test
    void failuresAndErrorsAreRecordedWithTheirReason() {
        FakeMailetContext context = new FakeMailetContext().content("0".repeat(64),
                "DKIM-Signature: v=1; a=rsa-sha256; d=remote.test; s=gone; h=from; bh=AAAA; b=AAAA\r\n" + INCOMING);
        context.dns.add("remote.test", "TXT", "v=spf1 ip4:198.51.100.1 -all");
        Mail mail = FakeMailetContext.mail("alice@example.test");
        new AddAuthenticationResults().service(mail, context);
        assertThat(prefix(mail)).isEqualTo("Authentication-Results: mx.example.test;\r\n"
                + "\tspf=fail smtp.mailfrom=sender@remote.test;\r\n"
                + "\tdkim=fail (body hash did not verify) header.d=remote.test header.s=gone header.b=AAAA\r\n");
    }

    @Test
    void theNullSenderIsCheckedByHeloAndDnsTroubleIsATemporaryError() {
        FakeMailetContext context = new FakeMailetContext();
        context.dns.timeout("client.remote.test");
        Mail bounce = new Mail("Q3", "", List.of("alice@example.test"), FakeMailetContext.mail().trace(),
                "0".repeat(64), 10);
        new AddAuthenticationResults().service(bounce, context);
        assertThat(prefix(bounce)).isEqualTo("Authentication-Results: mx.example.test;\r\n"
                + "\tspf=temperror (DNS failed for client.remote.test) smtp.helo=client.remote.test;\r\n"
                + "\tdkim=none\r\n");
    }

    @Test
    void authenticatedClientsAndRemoteRecipientsAreNotChecked() {
        FakeMailetContext context = new FakeMailetContext();
        Mail.Trace t = new Mail.Trace("192.0.2.7", "laptop", "mx", "ESMTPSA", "", "alice@example.test", Instant.now());
        Mail submitted = new Mail("Q4", "alice@example.test", List.of("bob@example.test"), t, "0".repeat(64), 10);
        assertThat(new UnauthenticatedToLocal().match(submitted, context)).isEmpty();
        Mail relayed = FakeMailetContext.mail("bob@example.test", "carol@remote.test");
        assertThat(new UnauthenticatedToLocal().match(relayed, context)).containsExactly("bob@example.test");
    }

    @Test
    void valuesThatAreNoTokensAreQuoted() {
        assertThat(AddAuthenticationResults.value("ab/cd+ef")).isEqualTo("\"ab/cd+ef\"");
        assertThat(AddAuthenticationResults.value("a\"b;\r\n")).isEqualTo("\"a\\\"b;\"");
        assertThat(AddAuthenticationResults.value("user@example.test")).isEqualTo("user@example.test");
    }
}
