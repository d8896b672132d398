package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SearchableTextTest {

    private static byte[] message(String header, byte[] body) {
        byte[] head = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    @Test
    void decodesBase64Gb2312BodyAndEncodedWordSubject() {
        Charset gb = Charset.forName("GB2312");
        String subject = "=?gb2312?B?" + Base64.getEncoder().encodeToString("你好 测试".getBytes(gb)) + "?=";
        byte[] body = (Base64.getMimeEncoder().encodeToString("hello 中文内容 ZEBRA".getBytes(gb)) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        SearchableText text = new SearchableText(message("Subject: " + subject + "\r\nContent-Type: text/plain;"
                + " charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\n", body));

        assertThat(text.header("subject")).isEqualTo("你好 测试");
        assertThat(text.body()).contains("中文内容").contains("zebra");
    }

    @Test
    void readsBig5QuotedPrintableHtmlWithoutMarkup() {
        Charset big5 = Charset.forName("Big5");
        StringBuilder qp = new StringBuilder();
        for (byte b : "<p>繁體<b>中文</b></p>".getBytes(big5)) {
            int c = b & 0xff;
            qp.append(c < 0x80 && c != '=' ? String.valueOf((char) c) : String.format("=%02X", c));
        }
        SearchableText text = new SearchableText(message("Content-Type: text/html; charset=big5\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n", (qp + "\r\n").getBytes(StandardCharsets.US_ASCII)));

        assertThat(text.body()).contains("繁體").contains("中文").doesNotContain("<b>");
    }

    @Test
    void readsRaw8BitBig5HeadersOfAMessageThatDeclaresBig5() {
        Charset big5 = Charset.forName("Big5");
        byte[] message = ("Subject: 繁體會議\r\nFrom: 陳大文 <chan@example.hk>\r\n"
                + "Content-Type: text/plain; charset=big5\r\n\r\n明天開會\r\n").getBytes(big5);
        SearchableText text = new SearchableText(message);

        assertThat(text.header("Subject")).isEqualTo("繁體會議");
        assertThat(text.header("From")).contains("陳大文");
        assertThat(text.addresses("From")).isEqualTo("陳大文 <chan@example.hk>\n");
        assertThat(text.body()).contains("明天開會");
    }

    @Test
    void readsRaw8BitGbkHeadersAndMultipartParts() {
        Charset gbk = Charset.forName("GBK");
        byte[] header = ("Subject: 会议通知\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
                + "Content-Type: text/plain; charset=gbk\r\n\r\n明天开会\r\n--x--\r\n").getBytes(gbk);
        SearchableText text = new SearchableText(header);

        assertThat(text.header("Subject")).isEqualTo("会议通知");
        assertThat(text.body()).contains("明天开会");
        assertThat(text.header("To")).isNull();
    }
}
