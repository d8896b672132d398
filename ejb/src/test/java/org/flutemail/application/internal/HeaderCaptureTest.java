package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderCaptureTest {

    private static final String MESSAGE = "Received: from a\r\n\tby b\r\nSubject: Hello\r\n\r\nSubject: body\r\n";

    @Test
    void passesEveryByteOnAndKeepsTheHeaderSectionUpToItsEmptyLine() throws IOException {
        HeaderCapture capture = new HeaderCapture(stream(MESSAGE), 1024);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        capture.transferTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(MESSAGE);
        assertThat(text(capture.header())).isEqualTo("Received: from a\r\n\tby b\r\nSubject: Hello\r\n\r\n");
        assertThat(MessageSummaryReader.read(capture.header()).subject()).isEqualTo("Hello");
    }

    @Test
    void findsTheEndOfTheHeaderAcrossSingleByteReadsAndBareLineFeeds() throws IOException {
        HeaderCapture capture = new HeaderCapture(stream("Subject: Hi\n\nbody\n"), 1024);
        while (capture.read() != -1) {
            // one byte at a time
        }
        assertThat(text(capture.header())).isEqualTo("Subject: Hi\n\n");
    }

    @Test
    void keepsNoMoreThanItsLimit() throws IOException {
        HeaderCapture capture = new HeaderCapture(stream("X-Long: " + "x".repeat(100) + "\r\n\r\n"), 16);
        capture.transferTo(OutputStream.nullOutputStream());
        assertThat(text(capture.header())).isEqualTo("X-Long: xxxxxxxx");
    }

    @Test
    void aMessageWithoutBodyIsAllHeader() throws IOException {
        HeaderCapture capture = new HeaderCapture(stream("Subject: only\r\n"), 1024);
        capture.transferTo(OutputStream.nullOutputStream());
        assertThat(text(capture.header())).isEqualTo("Subject: only\r\n");
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
}
