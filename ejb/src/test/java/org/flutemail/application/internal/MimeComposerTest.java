package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.flutemail.application.ComposeViews.Attachment;
import org.flutemail.application.ComposeViews.Composition;
import org.flutemail.domain.InvalidAddressException;
import org.junit.jupiter.api.Test;

class MimeComposerTest {

    private static final MimeComposer.Origin ORIGIN = new MimeComposer.Origin("li@example.test", "李雷",
            "<id-1@example.test>", Instant.parse("2026-11-30T08:00:00Z"));

    private static Composition plain(String subject, String body) {
        return new Composition("韩梅梅 <han@example.test>, bob@example.test", "carol@example.test",
                "dave@example.test", subject, body, null, List.of(), false, null, null, null);
    }

    private static String written(Composition c, boolean withBcc) {
        return new String(MimeComposer.write(c, ORIGIN, withBcc), StandardCharsets.US_ASCII);
    }

    @Test
    void chineseSubjectAndNamesAreEncodedWordsAndTheWholeMessageIsSevenBit() {
        byte[] bytes = MimeComposer.write(plain("季度报告", "你好，\n附件是报告。"), ORIGIN, false);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(MimeComposer.sevenBit(bytes)).isTrue();
        assertThat(text).contains("Subject: =?UTF-8?").doesNotContain("季度");
        assertThat(text).contains("From: =?UTF-8?").contains("<li@example.test>");
        assertThat(text).contains("Message-ID: <id-1@example.test>");
        assertThat(text).contains("charset=UTF-8");
        assertThat(text).contains("\r\n\r\n");
    }

    @Test
    void bccIsWrittenOnlyWhenAsked() {
        assertThat(written(plain("s", "b"), false)).doesNotContain("Bcc:").doesNotContain("dave@");
        assertThat(written(plain("s", "b"), true)).contains("Bcc: dave@example.test");
    }

    @Test
    void richTextGoesWithAPlainTextTwin() {
        Composition c = new Composition("bob@example.test", "", "", "Hi", "Hello there", "<p>Hello <b>there</b></p>",
                List.of(), true, "<orig@x.test>", "<root@x.test> <orig@x.test>", null);
        String text = written(c, false);
        assertThat(text).contains("multipart/alternative");
        assertThat(text.indexOf("text/plain")).isLessThan(text.indexOf("text/html"));
        assertThat(text).contains("Disposition-Notification-To: =?UTF-8?");
        assertThat(text).contains("In-Reply-To: <orig@x.test>").contains("References: <root@x.test> <orig@x.test>");
    }

    @Test
    void aDraftReadsBackAsItWasWritten() {
        byte[] data = {0, 1, 2, (byte) 0xff, 'a'};
        Composition c = new Composition("韩梅梅 <han@example.test>", "carol@example.test", "dave@example.test",
                "季度报告", "正文\n第二行", "<p>正文</p>", List.of(new Attachment("报告.bin", "application/octet-stream", data)),
                true, "<orig@x.test>", "<orig@x.test>", null);
        Composition back = DraftReader.read(MimeComposer.write(c, ORIGIN, true));
        assertThat(back.to()).contains("韩梅梅").endsWith("<han@example.test>");
        assertThat(back.cc()).isEqualTo("carol@example.test");
        assertThat(back.bcc()).isEqualTo("dave@example.test");
        assertThat(back.subject()).isEqualTo("季度报告");
        assertThat(back.plainText()).isEqualTo("正文\n第二行");
        assertThat(back.html()).isEqualTo("<p>正文</p>");
        assertThat(back.readReceipt()).isTrue();
        assertThat(back.inReplyTo()).isEqualTo("<orig@x.test>");
        assertThat(back.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("报告.bin");
            assertThat(a.data()).isEqualTo(data);
        });
    }

    @Test
    void aForwardedMessageStaysAsItIs() {
        byte[] original = "Subject: hi\r\nFrom: x@y.test\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        Composition c = new Composition("bob@example.test", "", "", "Fwd: hi", "see attached", null,
                List.of(new Attachment("hi.eml", "message/rfc822", original)), false, null, null, null);
        String text = written(c, false);
        assertThat(text).contains("Content-Type: message/rfc822").contains("Content-Transfer-Encoding: 7bit");
        assertThat(text).contains("Subject: hi\r\nFrom: x@y.test\r\n\r\nbody\r\n");
    }

    @Test
    void addressListsAcceptCommasSemicolonsAndQuotedNamesAndNameTheBadOne() {
        assertThat(AddressLists.envelopeAddresses("a@x.test; \"Doe, John\" <john@x.test>,张三 <zhang@x.test>, "))
                .containsExactly("a@x.test", "john@x.test", "zhang@x.test");
        assertThatThrownBy(() -> AddressLists.parse("a@x.test, not an address"))
                .isInstanceOf(InvalidAddressException.class).hasMessage("not an address");
        assertThatThrownBy(() -> AddressLists.parse("nobody@")).isInstanceOf(InvalidAddressException.class);
        assertThat(AddressLists.parse("  ")).isEmpty();
    }
}
