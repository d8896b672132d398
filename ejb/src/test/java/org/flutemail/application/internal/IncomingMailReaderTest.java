package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.flutemail.domain.IncomingMail;
import org.flutemail.domain.MailRule;
import org.flutemail.domain.RuleAction;
import org.flutemail.domain.RuleField;
import org.flutemail.domain.RuleOperator;
import org.junit.jupiter.api.Test;

/** A rule typed in Chinese matches subjects however Chinese mail programs wrote them. */
class IncomingMailReaderTest {

    private static final MailRule INVOICE = new MailRule(RuleField.SUBJECT, null, RuleOperator.CONTAINS, "发票",
            RuleAction.MOVE, "发票", false);

    private static IncomingMail read(byte[] message) throws IOException {
        return IncomingMailReader.read(new ByteArrayInputStream(message), "bob@remote.test", "alice@example.test",
                message.length);
    }

    private static byte[] withRawSubject(String subject, Charset charset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("From: Bob <bob@remote.test>\r\nTo: Alice <ALICE@example.test>, c@x.test\r\nSubject: "
                .getBytes(StandardCharsets.US_ASCII));
        out.write(subject.getBytes(charset));
        out.write("\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] withEncodedSubject(String subject, String charset) {
        String word = "=?" + charset + "?B?" + Base64.getEncoder().encodeToString(subject.getBytes(Charset.forName(charset)))
                + "?=";
        return ("From: bob@remote.test\r\nTo: alice@example.test\r\nSubject: " + word + "\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void rawGbkAndGb18030SubjectsMatch() throws IOException {
        assertThat(INVOICE.matches(read(withRawSubject("十一月的发票", Charset.forName("GBK"))))).isTrue();
        assertThat(INVOICE.matches(read(withRawSubject("十一月的发票", Charset.forName("GB18030"))))).isTrue();
        assertThat(INVOICE.matches(read(withRawSubject("十一月的发票", StandardCharsets.UTF_8)))).isTrue();
        assertThat(INVOICE.matches(read(withRawSubject("十一月的报告", Charset.forName("GBK"))))).isFalse();
    }

    @Test
    void encodedWordsInGb2312GbkAndBig5Match() throws IOException {
        assertThat(INVOICE.matches(read(withEncodedSubject("请查收发票", "GB2312")))).isTrue();
        assertThat(INVOICE.matches(read(withEncodedSubject("请查收发票", "GBK")))).isTrue();
        MailRule big5 = new MailRule(RuleField.SUBJECT, null, RuleOperator.CONTAINS, "發票", RuleAction.FLAG, null,
                false);
        assertThat(big5.matches(read(withEncodedSubject("請查收發票", "Big5")))).isTrue();
    }

    @Test
    void readsAddressesInLowerCaseAndEveryHeaderDecoded() throws IOException {
        IncomingMail mail = read(withRawSubject("hi", StandardCharsets.US_ASCII));
        assertThat(mail.from()).containsExactly("bob@remote.test");
        assertThat(mail.toAndCc()).containsExactly("alice@example.test", "c@x.test");
        assertThat(mail.subject()).isEqualTo("hi");
        assertThat(mail.envelopeSender()).isEqualTo("bob@remote.test");
    }
}
