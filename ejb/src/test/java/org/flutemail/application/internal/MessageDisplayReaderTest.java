package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.flutemail.application.ReadingViews.MessageDisplay;
import org.flutemail.application.ReadingViews.PartContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MessageDisplayReaderTest {

    private static final Instant ARRIVAL = Instant.parse("2026-01-02T03:04:05Z");

    /** A text/plain message whose body is {@code text} in {@code charset}, labelled {@code label}. */
    private static byte[] plain(String text, String charset, String label, String encoding) {
        byte[] body = text.getBytes(Charset.forName(charset));
        String encoded = encoding.equals("base64") ? Base64.getMimeEncoder().encodeToString(body) : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("From: a@example.org\r\nTo: b@example.org\r\nSubject: t\r\nDate: Fri, 2 Jan 2026 11:04:05 +0800\r\n"
                + "Content-Type: text/plain; charset=" + label + "\r\nContent-Transfer-Encoding: " + encoding
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(encoded != null ? encoded.getBytes(StandardCharsets.US_ASCII) : body);
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({
            "GB2312, gb2312, 8bit, 中文邮件测试",
            "GBK, GBK, base64, 中文郵件測試，镕",
            "GB18030, gb18030, 8bit, 中文𠀀邮件",
            "GB18030, gb2312, 8bit, 朱镕基 (a GBK character under a GB2312 label)",
            "Big5, big5, base64, 繁體中文郵件",
            "Big5-HKSCS, Big5, 8bit, 香港字 㗎",
            "UTF-8, utf-8, base64, 中文 ünïcødé ✓",
            "UTF-8, , 8bit, 未标注字符集的 UTF-8",
            "GB18030, , 8bit, 未标注字符集的国标码"})
    void bodiesInChineseCharsetsAreDecoded(String charset, String label, String encoding, String text) {
        MessageDisplay display = new MessageDisplayReader(plain(text, charset, label == null ? "" : label, encoding))
                .display(1, ARRIVAL);

        assertThat(display.plainText()).isEqualTo(text);
        assertThat(display.html()).isNull();
    }

    @Test
    void rawBig5HeadersAreShownInTheCharsetTheMessageDeclares() {
        byte[] message = ("Subject: 繁體會議\r\nFrom: 陳大文 <chan@example.hk>\r\n"
                + "Content-Type: text/plain; charset=big5\r\n\r\n明天開會\r\n").getBytes(java.nio.charset.Charset.forName("Big5"));

        MessageDisplay display = new MessageDisplayReader(message).display(1, ARRIVAL);

        assertThat(display.subject()).isEqualTo("繁體會議");
        assertThat(display.from()).contains("陳大文");
        assertThat(display.plainText()).contains("明天開會");
    }

    @Test
    void theSenderAddressIsReadFromTheFieldBeforeItsWordsAreDecoded() {
        MessageDisplay named = new MessageDisplayReader(("From: =?GB2312?B?1cXI/Q==?= <Zhang@Example.cn>\r\n\r\nx\r\n")
                .getBytes(StandardCharsets.US_ASCII)).display(1, ARRIVAL);
        MessageDisplay posing = new MessageDisplayReader(("From: =?utf-8?q?boss@corp.test_=28?= <x@evil.test>"
                + " =?utf-8?q?=29?=\r\n\r\nx\r\n").getBytes(StandardCharsets.US_ASCII)).display(1, ARRIVAL);
        MessageDisplay two = new MessageDisplayReader(("From: a@example.test\r\nFrom: b@example.test\r\n\r\nx\r\n")
                .getBytes(StandardCharsets.US_ASCII)).display(1, ARRIVAL);
        MessageDisplay none = new MessageDisplayReader("Subject: no sender\r\n\r\nx\r\n"
                .getBytes(StandardCharsets.US_ASCII)).display(1, ARRIVAL);

        assertThat(named.senderAddress()).isEqualTo("zhang@example.cn");
        assertThat(posing.senderAddress()).isNotEqualTo("boss@corp.test");
        assertThat(two.senderAddress()).isNull();
        assertThat(none.senderAddress()).isNull();
    }

    @Test
    void encodedWordsAndRawEightBitHeadersAreDecoded() {
        byte[] message = ("From: =?GB2312?B?1cXI/Q==?= <zhang@example.cn>\r\n"
                + "To: =?UTF-8?Q?J=C3=BCrgen?= <j@example.de>\r\n"
                + "Subject: =?big5?B?pKSk5Q==?= and =?gbk?B?08q8/g==?=\r\n"
                + "X-Raw: \r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII);

        MessageDisplay display = new MessageDisplayReader(message).display(7, ARRIVAL);

        assertThat(display.from()).isEqualTo("张三 <zhang@example.cn>");
        assertThat(display.to()).isEqualTo("Jürgen <j@example.de>");
        assertThat(display.subject()).isEqualTo("中文 and 邮件");
        assertThat(display.date()).as("no Date header: the arrival").isEqualTo(ARRIVAL);
        byte[] raw = "Subject: 原始八位主题\r\n\r\nx".getBytes(Charset.forName("GB18030"));
        assertThat(new MessageDisplayReader(raw).display(8, ARRIVAL).subject()).isEqualTo("原始八位主题");
    }

    @Test
    void anInlinePartKeepsItsContentIdForCidReferences() {
        String message = "From: a@example.org\r\nSubject: logo\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; boundary=rel\r\n\r\n"
                + "--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<img src=\"cid:logo@x\">\r\n"
                + "--rel\r\nContent-Type: image/png\r\nContent-ID:  <logo@x> \r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
                + "--rel\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\n"
                + "a\r\n--rel--\r\n";

        MessageDisplay display = new MessageDisplayReader(message.getBytes(StandardCharsets.UTF_8)).display(4, ARRIVAL);

        assertThat(display.attachments()).extracting(a -> a.section() + " " + a.contentType() + " " + a.contentId())
                .containsExactly("2 image/png logo@x", "3 text/plain null");
    }

    @Test
    void alternativeBodiesAndAttachmentsAreTakenApart() {
        String message = "From: a@example.org\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
                + "--outer\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n"
                + "--inner\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain text\r\n"
                + "--inner\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>html text</p>\r\n"
                + "--inner--\r\n"
                + "--outer\r\nContent-Type: application/pdf; name=\"=?UTF-8?B?5oql5ZGKLnBkZg==?=\"\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
                + "--outer\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=notes.txt\r\n\r\n"
                + "attached text\r\n--outer--\r\n";
        MessageDisplayReader reader = new MessageDisplayReader(message.getBytes(StandardCharsets.UTF_8));

        MessageDisplay display = reader.display(3, ARRIVAL);

        assertThat(display.plainText()).isEqualTo("plain text");
        assertThat(display.html()).isEqualTo("<p>html text</p>");
        assertThat(display.attachments()).extracting(a -> a.section() + " " + a.fileName() + " " + a.size())
                .containsExactly("2 报告.pdf 9", "3 notes.txt 13");
        PartContent pdf = reader.part("2").orElseThrow();
        assertThat(new String(pdf.data(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\n");
        assertThat(pdf.fileName()).isEqualTo("报告.pdf");
        assertThat(reader.part("9")).isEmpty();
        assertThat(reader.part("x")).isEmpty();
        assertThat(reader.part("1")).as("a multipart is not a download").isEmpty();
    }
}
