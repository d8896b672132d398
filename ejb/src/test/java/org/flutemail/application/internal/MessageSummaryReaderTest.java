package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.flutemail.domain.MessageSummary;
import org.junit.jupiter.api.Test;

class MessageSummaryReaderTest {

    private static MessageSummary read(byte[] message) throws IOException {
        return MessageSummaryReader.read(new ByteArrayInputStream(message));
    }

    @Test
    void readsTheListFieldsFromPlainAsciiHeaders() throws IOException {
        MessageSummary s = read(("From: Alice <alice@example.test>\r\nTo: bob@example.test\r\n"
                + "Subject: Quarterly\r\n figures\r\nDate: Sun, 29 Nov 2026 10:00:00 +0800\r\n"
                + "Message-ID: <1@example.test>\r\n\r\nSubject: not a header\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(s.from()).isEqualTo("Alice <alice@example.test>");
        assertThat(s.to()).isEqualTo("bob@example.test");
        assertThat(s.subject()).isEqualTo("Quarterly figures");
        assertThat(s.date()).isEqualTo(Instant.parse("2026-11-29T02:00:00Z"));
        assertThat(s.messageId()).isEqualTo("<1@example.test>");
    }

    @Test
    void decodesEncodedWordsInChineseCharsets() throws IOException {
        MessageSummary s = read(("From: =?GB2312?B?1cXI/Q==?= <zhang@example.test>\r\n"
                + "Subject: =?GBK?B?xOO6ww==?= =?big5?B?pKSk5Q==?= =?UTF-8?Q?=E4=B8=96=E7=95=8C?=\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(s.from()).isEqualTo("张三 <zhang@example.test>");
        assertThat(s.subject()).isEqualTo("你好中文世界");
    }

    @Test
    void rawUtf8HeadersAreReadAsUtf8() throws IOException {
        MessageSummary s = read("Subject: 会议纪要 ✓\r\n\r\nbody".getBytes(StandardCharsets.UTF_8));
        assertThat(s.subject()).isEqualTo("会议纪要 ✓");
    }

    @Test
    void rawGbkHeadersFromOldClientsAreReadAsGb18030() throws IOException {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.write("Subject: ".getBytes(StandardCharsets.US_ASCII));
        m.write("会议纪要".getBytes(Charset.forName("GBK")));
        m.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(read(m.toByteArray()).subject()).isEqualTo("会议纪要");
    }

    @Test
    void rawHeadersAreReadInTheLegacyCharsetTheMessageDeclares() throws IOException {
        assertThat(read(raw("Subject: ", "繁體中文會議", "Big5", "text/plain; charset=\"big5\"")).subject())
                .isEqualTo("繁體中文會議");
        assertThat(read(raw("Subject: ", "会议纪要", "GBK", "text/plain; charset=GB2312")).subject())
                .as("GB2312 widened to GB18030, as for bodies").isEqualTo("会议纪要");
        assertThat(read(raw("From: ", "張三 <zhang@example.tw>", "Big5", "text/html;charset=BIG5")).from())
                .isEqualTo("張三 <zhang@example.tw>");
        assertThat(read(raw("Subject: ", "会议纪要", "GBK", "text/plain; charset=no-such-charset")).subject())
                .as("an unknown label: GB18030 as without one").isEqualTo("会议纪要");
        assertThat(read(raw("Subject: ", "会议纪要 ✓", "UTF-8", "text/plain; charset=big5")).subject())
                .as("valid UTF-8 stays UTF-8 whatever is declared").isEqualTo("会议纪要 ✓");
    }

    private static byte[] raw(String field, String text, String charset, String contentType) throws IOException {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.write(("Content-Type: " + contentType + "\r\n" + field).getBytes(StandardCharsets.US_ASCII));
        m.write(text.getBytes(Charset.forName(charset)));
        m.write("\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII));
        return m.toByteArray();
    }

    @Test
    void missingOrBrokenFieldsAreNullNotErrors() throws IOException {
        MessageSummary s = read("X-Other: 1\r\nDate: yesterday-ish\r\nSubject: =?x-unknown?B?AAAA?=\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(s.from()).isNull();
        assertThat(s.date()).isNull();
        assertThat(s.subject()).isNotNull();
    }

    @Test
    void bareLineFeedsEndTheHeaderToo() throws IOException {
        MessageSummary s = read("Subject: lf only\n\nSubject: body\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(s.subject()).isEqualTo("lf only");
    }

    @Test
    void fromAddressesAreTheMailboxesWithoutDisplayNames() throws IOException {
        byte[] m = "From: \"Zhang, San\" <zhang@example.test>, li@example.test\r\nSubject: x\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(MessageSummaryReader.fromAddresses(new ByteArrayInputStream(m)))
                .containsExactly("zhang@example.test", "li@example.test");
    }

    @Test
    void anUnparseableFromIsReturnedWholeSoThatItIsCheckedNotSkipped() throws IOException {
        byte[] m = "From: <<broken@@\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(MessageSummaryReader.fromAddresses(new ByteArrayInputStream(m))).containsExactly("<<broken@@");
        assertThat(MessageSummaryReader.fromAddresses(new ByteArrayInputStream("Subject: x\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)))).isEmpty();
    }
}
