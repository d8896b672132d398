package org.flutemail.disclaimer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.flutemail.protocol.imap.message.MimePart;
import org.flutemail.protocol.imap.message.TransferDecoding;
import org.junit.jupiter.api.Test;

class DisclaimerStamperTest {

    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final String CHINESE = "本邮件仅供收件人使用。";
    private static final String TRADITIONAL = "本郵件僅供收件人使用。";

    private final DisclaimerStamper stamper = new DisclaimerStamper(64 * 1024);

    private static final String HEADER = "From: Ann <ann@example.test>\r\nTo: bob@elsewhere.test\r\n"
            + "Subject: =?UTF-8?B?5L2g5aW9?=\r\n (folded)\r\nMIME-Version: 1.0\r\n";

    @Test
    void appendsToPlainTextAndKeepsTheHeaderAsItWas() {
        byte[] message = ascii(HEADER + "Content-Type: text/plain; charset=us-ascii\r\n\r\nHello Bob\r\n");

        byte[] stamped = stamped(message, Disclaimer.of("Confidential.", null));

        String text = ascii(stamped);
        assertThat(text).startsWith("X-Flute-Disclaimer: example.test\r\n" + HEADER
                + "Content-Type: text/plain; charset=us-ascii\r\n\r\n");
        assertThat(text).endsWith("\r\n\r\nHello Bob\r\n\r\nConfidential.\r\n");
    }

    @Test
    void sevenBitTextWithAChineseDisclaimerBecomesQuotedPrintableUtf8() {
        byte[] message = ascii(HEADER + "Content-Type: text/plain\r\n\r\nHello Bob\r\n");

        byte[] stamped = stamped(message, Disclaimer.of(CHINESE, null));

        MimePart root = MimePart.parse(stamped);
        assertThat(root.header().value("Content-Transfer-Encoding")).isEqualTo("quoted-printable");
        assertThat(root.header().value("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(body(stamped, root, StandardCharsets.UTF_8)).isEqualTo("Hello Bob\r\n\r\n" + CHINESE + "\r\n");
        assertThat(ascii(stamped)).contains(HEADER);
    }

    @Test
    void insertsHtmlBeforeTheBodyEnd() {
        byte[] message = ascii(HEADER + "Content-Type: text/html; charset=utf-8\r\n\r\n"
                + "<html><body><p>Hi</p></BODY></html>\r\n");

        String html = new String(stamped(message, Disclaimer.of("A & B\nline two", null)), StandardCharsets.UTF_8);

        assertThat(html).endsWith("<p>Hi</p><div class=\"flute-disclaimer\">A &amp; B<br>\r\nline two</div>\r\n"
                + "</BODY></html>\r\n");
    }

    @Test
    void htmlWithoutABodyElementGetsItAtTheEnd() {
        byte[] message = ascii(HEADER + "Content-Type: text/html\r\n\r\n<p>Hi</p>");

        String html = ascii(stamped(message, new Disclaimer("x", "<b>Legal</b>")));

        assertThat(html).endsWith("<p>Hi</p><div class=\"flute-disclaimer\"><b>Legal</b></div>\r\n");
    }

    @Test
    void stampsBothAlternativesInsideMixedAndLeavesTheAttachment() {
        String attachment = "--outer\r\nContent-Type: text/plain; name=\"notes.txt\"\r\n"
                + "Content-Disposition: attachment; filename=\"notes.txt\"\r\n\r\nattached text\r\n";
        byte[] message = ascii(HEADER + "Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
                + "preamble\r\n--outer\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
                + "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain body\r\n"
                + "--alt\r\nContent-Type: multipart/related; boundary=rel\r\n\r\n"
                + "--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<body>html body</body>\r\n"
                + "--rel\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\n\r\nPNG\r\n--rel--\r\n"
                + "--alt--\r\n" + attachment + "--outer--\r\nepilogue\r\n");

        byte[] stamped = stamped(message, Disclaimer.of("Legal", null));

        MimePart root = MimePart.parse(stamped);
        assertThat(body(stamped, root.part(List.of(1, 1)), StandardCharsets.UTF_8))
                .isEqualTo("plain body\r\n\r\nLegal\r\n");
        assertThat(body(stamped, root.part(List.of(1, 2, 1)), StandardCharsets.UTF_8))
                .isEqualTo("<body>html body<div class=\"flute-disclaimer\">Legal</div>\r\n</body>");
        assertThat(ascii(stamped)).contains(attachment).contains("PNG\r\n--rel--").endsWith("--outer--\r\nepilogue\r\n");
    }

    @Test
    void firstTextBodyOfMixedOnly() {
        byte[] message = ascii(HEADER + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nfirst\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nsecond\r\n--b--\r\n");

        String text = ascii(stamped(message, Disclaimer.of("Legal", null)));

        assertThat(text).contains("first\r\n\r\nLegal\r\n\r\n--b\r\n").contains("second\r\n--b--");
    }

    @Test
    void gb2312PartInBase64KeepsItsCharsetWithAChineseDisclaimer() {
        String original = "你好，这是正文。\r\n";
        byte[] message = ascii(HEADER + "Content-Type: text/plain; charset=\"gb2312\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(original.getBytes(GB2312)) + "\r\n");

        byte[] stamped = stamped(message, Disclaimer.of(CHINESE, null));

        MimePart root = MimePart.parse(stamped);
        assertThat(root.header().value("Content-Type")).isEqualTo("text/plain; charset=\"gb2312\"");
        assertThat(root.header().value("Content-Transfer-Encoding")).isEqualTo("base64");
        assertThat(body(stamped, root, GB2312)).isEqualTo(original + "\r\n" + CHINESE + "\r\n");
        assertThat(ascii(stamped)).endsWith("\r\n");
    }

    @Test
    void big5PartInQuotedPrintableKeepsBig5ForTraditionalChinese() {
        String original = "您好，這是正文。\r\n";
        byte[] message = big5QuotedPrintable(original);

        byte[] stamped = stamped(message, Disclaimer.of(TRADITIONAL, null));

        MimePart root = MimePart.parse(stamped);
        assertThat(root.header().value("Content-Type")).isEqualTo("text/plain; charset=big5");
        assertThat(body(stamped, root, BIG5)).isEqualTo(original + "\r\n" + TRADITIONAL + "\r\n");
    }

    @Test
    void big5PartMovesToUtf8WhenBig5CannotWriteTheDisclaimer() {
        String original = "您好，這是正文。\r\n";
        byte[] message = big5QuotedPrintable(original);

        byte[] stamped = stamped(message, Disclaimer.of("本邮件仅供收件人使用", null));

        MimePart root = MimePart.parse(stamped);
        assertThat(root.header().value("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(root.header().value("Content-Transfer-Encoding")).isEqualTo("quoted-printable");
        assertThat(body(stamped, root, StandardCharsets.UTF_8))
                .isEqualTo(original + "\r\n本邮件仅供收件人使用\r\n");
    }

    @Test
    void gbkHtmlPartInEightBitStaysEightBit() {
        Charset gbk = Charset.forName("GBK");
        byte[] head = ascii(HEADER + "Content-Type: text/html; charset=GBK\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        byte[] message = concat(head, "<html><body>正文</body></html>\r\n".getBytes(gbk));

        byte[] stamped = stamped(message, Disclaimer.of(CHINESE, null));

        assertThat(new String(stamped, gbk)).endsWith("<body>正文<div class=\"flute-disclaimer\">" + CHINESE
                + "</div>\r\n</body></html>\r\n");
    }

    @Test
    void leavesSignedAndEncryptedMailAlone() {
        byte[] signed = ascii(HEADER + "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\";"
                + " boundary=s\r\n\r\n--s\r\nContent-Type: text/plain\r\n\r\nsigned\r\n"
                + "--s\r\nContent-Type: application/pkcs7-signature\r\n\r\nSIG\r\n--s--\r\n");
        byte[] encrypted = ascii(HEADER + "Content-Type: application/pkcs7-mime; smime-type=enveloped-data\r\n\r\nXX\r\n");
        byte[] signedInside = ascii(HEADER + "Content-Type: multipart/mixed; boundary=m\r\n\r\n"
                + "--m\r\nContent-Type: multipart/encrypted; boundary=e\r\n\r\n--e\r\nContent-Type: text/plain\r\n\r\nx\r\n"
                + "--e--\r\n--m--\r\n");

        assertThat(stamper.stamp(signed, Disclaimer.of("L", null), "example.test").untouchedReason())
                .contains("multipart/signed");
        assertThat(stamper.stamp(encrypted, Disclaimer.of("L", null), "example.test").untouchedReason())
                .contains("application/pkcs7-mime");
        assertThat(stamper.stamp(signedInside, Disclaimer.of("L", null), "example.test").content()).isEmpty();
    }

    @Test
    void leavesBrokenLargeAndStampedMailAlone() {
        byte[] unclosed = ascii(HEADER + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\ncut off here\r\n");
        byte[] noBoundary = ascii(HEADER + "Content-Type: multipart/mixed\r\n\r\nwhatever\r\n");
        byte[] large = ascii(HEADER + "\r\n" + "x".repeat(70 * 1024));
        byte[] again = stamped(ascii(HEADER + "\r\nbody\r\n"), Disclaimer.of("L", null));
        byte[] unknownEncoding = ascii(HEADER + "Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin\r\n");
        byte[] image = ascii(HEADER + "Content-Type: image/png\r\n\r\nPNG\r\n");

        assertThat(reason(unclosed)).contains("closing boundary");
        assertThat(reason(noBoundary)).contains("without a boundary");
        assertThat(reason(large)).contains("larger than");
        assertThat(reason(again)).contains("already");
        assertThat(reason(unknownEncoding)).contains("x-uuencode");
        assertThat(reason(image)).contains("no text body");
    }

    @Test
    void aLabelThatLiesAboutItsOctetsLeavesTheMessageAlone() {
        byte[] head = ascii(HEADER + "Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        byte[] message = concat(head, new byte[] {(byte) 0xff, (byte) 0xfe, '\r', '\n'});

        assertThat(stamper.stamp(message, Disclaimer.of(CHINESE, null), "example.test").untouchedReason())
                .contains("not valid");
    }

    @Test
    void flowedTextTakesTheDisclaimerAfterItsLastLine() {
        byte[] message = ascii(HEADER + "Content-Type: text/plain; format=flowed; charset=utf-8\r\n\r\n"
                + "a long line that is \r\nflowed");

        String text = ascii(stamped(message, Disclaimer.of("Legal", null)));

        assertThat(text).endsWith("a long line that is \r\nflowed\r\n\r\nLegal\r\n");
    }

    private static byte[] big5QuotedPrintable(String text) {
        return ascii(HEADER + "Content-Type: text/plain; charset=big5\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + ascii(QuotedPrintableEncoder.encode(text.getBytes(BIG5))));
    }

    private byte[] stamped(byte[] message, Disclaimer disclaimer) {
        StampResult result = stamper.stamp(message, disclaimer, "example.test");
        assertThat(result.untouchedReason()).isNull();
        return result.content().orElseThrow();
    }

    private String reason(byte[] message) {
        StampResult result = stamper.stamp(message, Disclaimer.of("L", null), "example.test");
        assertThat(result.content()).isEmpty();
        return result.untouchedReason();
    }

    private static String body(byte[] message, MimePart part, Charset charset) {
        byte[] raw = java.util.Arrays.copyOfRange(message, part.bodyStart(), part.end());
        String cte = part.header().value("Content-Transfer-Encoding");
        return new String(TransferDecoding.decode(raw, cte).orElseThrow(), charset);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String ascii(byte[] octets) {
        return new String(octets, StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
