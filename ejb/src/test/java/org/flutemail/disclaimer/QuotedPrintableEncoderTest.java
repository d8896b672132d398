package org.flutemail.disclaimer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.flutemail.protocol.imap.message.TransferDecoding;
import org.junit.jupiter.api.Test;

class QuotedPrintableEncoderTest {

    @Test
    void encodesWhatIsNotPrintableAsciiAndTrailingSpace() {
        byte[] encoded = QuotedPrintableEncoder.encode("a=b \r\nend\t\r\n中".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(encoded, StandardCharsets.US_ASCII)).isEqualTo("a=3Db=20\r\nend=09\r\n=E4=B8=AD");
    }

    @Test
    void keepsLinesWithinSeventySixCharactersAndDecodesBack() {
        String text = "x".repeat(200) + "\r\n" + "中文".repeat(60) + "\r\n";

        byte[] encoded = QuotedPrintableEncoder.encode(text.getBytes(StandardCharsets.UTF_8));

        for (String line : new String(encoded, StandardCharsets.US_ASCII).split("\r\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(76);
        }
        assertThat(new String(TransferDecoding.decode(encoded, "quoted-printable").orElseThrow(),
                StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
