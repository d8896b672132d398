package org.flutemail.protocol.smtp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpDecoderTest {

    /**
     * Records events as text; enters DATA mode after a line reading "DATA", chunk mode after
     * "BDAT n", and stops after "STARTTLS", as the session would.
     */
    private static class Recorder implements DecoderHandler {
        final List<String> events = new ArrayList<>();
        final ByteArrayOutputStream content = new ByteArrayOutputStream();
        SmtpDecoder decoder;

        @Override
        public void commandLine(String line) {
            events.add("CMD " + line);
            if (line.equals("DATA")) {
                decoder.enterDataMode();
            } else if (line.startsWith("BDAT ")) {
                decoder.enterChunkMode(Long.parseLong(line.substring(5)));
            } else if (line.equals("STARTTLS")) {
                decoder.stop();
            }
        }

        @Override
        public void endOfChunk() {
            events.add("CHUNK " + content.toString(StandardCharsets.ISO_8859_1));
            content.reset();
        }

        @Override
        public void commandLineTooLong() {
            events.add("TOO LONG");
        }

        @Override
        public void content(byte[] buffer, int offset, int length) {
            content.write(buffer, offset, length);
        }

        @Override
        public void endOfData(ContentFlaws flaws) {
            events.add("END " + content.toString(StandardCharsets.ISO_8859_1) + " " + flaws);
            content.reset();
        }
    }

    private static List<String> decode(String input, int maxLine, int chunk) {
        Recorder recorder = new Recorder();
        recorder.decoder = new SmtpDecoder(maxLine, recorder);
        byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i += chunk) {
            recorder.decoder.feed(bytes, i, Math.min(chunk, bytes.length - i));
        }
        return recorder.events;
    }

    private static List<String> decode(String input) {
        return decode(input, 512, input.length() + 1);
    }

    @Test
    void commandLinesEndAtCrlfOrBareLf() {
        assertThat(decode("EHLO a\r\nNOOP\nQUIT\r\n")).containsExactly("CMD EHLO a", "CMD NOOP", "CMD QUIT");
    }

    @Test
    void incompleteLineWaitsForMoreInput() {
        assertThat(decode("NOOP\r\nQUI")).containsExactly("CMD NOOP");
    }

    @Test
    void commandLineOfExactly512OctetsIsAcceptedAnd513IsTooLong() {
        String fits = "X".repeat(510);
        String tooLong = "Y".repeat(511);
        assertThat(decode(fits + "\r\n" + tooLong + "\r\nNOOP\r\n"))
                .containsExactly("CMD " + fits, "TOO LONG", "CMD NOOP");
    }

    @Test
    void overlongCommandLineIsReportedOnceWhenItEndsAndNeverBuffered() {
        String huge = "A".repeat(100_000);
        assertThat(decode(huge + "\r\nNOOP\r\n", 512, 7)).containsExactly("TOO LONG", "CMD NOOP");
    }

    @Test
    void commandLineLimitIsConfigurable() {
        String line = "Z".repeat(998);
        assertThat(decode(line + "\r\n", 1000, 13)).containsExactly("CMD " + line);
    }

    @Test
    void dataEndsOnlyAtCrlfDotCrlfAndCommandsFollow() {
        assertThat(decode("DATA\r\nhello\r\nworld\r\n.\r\nQUIT\r\n"))
                .containsExactly("CMD DATA", "END hello\r\nworld\r\n " + ContentFlaws.NONE, "CMD QUIT");
    }

    @Test
    void emptyMessageEndsRightAfterData() {
        assertThat(decode("DATA\r\n.\r\n")).containsExactly("CMD DATA", "END  " + ContentFlaws.NONE);
    }

    @Test
    void leadingDotIsRemovedFromStuffedLines() {
        assertThat(decode("DATA\r\n..\r\n...x\r\n.y\r\na.b\r\n.\r\n")).containsExactly("CMD DATA",
                "END .\r\n..x\r\ny\r\na.b\r\n " + ContentFlaws.NONE);
    }

    @Test
    void dotWithoutPrecedingCrlfIsContent() {
        assertThat(decode("DATA\r\nlast line.\r\nstill content\r\n.\r\n")).containsExactly("CMD DATA",
                "END last line.\r\nstill content\r\n " + ContentFlaws.NONE);
    }

    @Test
    void dotAloneInsideALineIsContent() {
        assertThat(decode("DATA\r\na\r\n . \r\n.\r\n"))
                .containsExactly("CMD DATA", "END a\r\n . \r\n " + ContentFlaws.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n.\n", "\n.\r\n", "\r.\r\n", "\r\n.\n", "\r\n.\r", "\r\n.\rX\n", "\n.\r"})
    void smugglingTerminatorsDoNotEndTheMessage(String vector) {
        List<String> events = decode("DATA\r\nA" + vector + "MAIL FROM:<evil@x>\r\n.\r\n");
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).startsWith("END A").contains("MAIL FROM:<evil@x>\r\n")
                .endsWith(new ContentFlaws(true, false).toString());
    }

    @Test
    void bareLineEndsArePassedThroughAndFlagged() {
        assertThat(decode("DATA\r\na\nb\rc\r\n.\r\n")).containsExactly("CMD DATA",
                "END a\nb\rc\r\n " + new ContentFlaws(true, false));
    }

    @Test
    void textLinesOver1000OctetsAreKeptAndFlagged() {
        String line998 = "x".repeat(998);
        String line999 = "y".repeat(999);
        assertThat(decode("DATA\r\n" + line998 + "\r\n.\r\n", 512, 100))
                .containsExactly("CMD DATA", "END " + line998 + "\r\n " + ContentFlaws.NONE);
        assertThat(decode("DATA\r\n" + line999 + "\r\n.\r\n", 512, 100))
                .containsExactly("CMD DATA", "END " + line999 + "\r\n " + new ContentFlaws(false, true));
    }

    @Test
    void stuffedDotCountsTowardsTheLineLimit() {
        String stuffed = "." + "z".repeat(998);
        assertThat(decode("DATA\r\n" + stuffed + "\r\n.\r\n"))
                .containsExactly("CMD DATA", "END " + stuffed.substring(1) + "\r\n " + new ContentFlaws(false, true));
    }

    @Test
    void sameEventsWhateverTheChunking() {
        String input = "EHLO x\r\nDATA\r\n..a\r\nb\n.\r\n\r\n.\r\nQUIT\r\n" + "L".repeat(600) + "\r\nNOOP\r\n";
        List<String> whole = decode(input);
        for (int chunk = 1; chunk <= input.length(); chunk++) {
            assertThat(decode(input, 512, chunk)).as("chunk %d", chunk).isEqualTo(whole);
        }
    }

    @Test
    void contentLongerThanTheDecodersBufferArrivesWhole() {
        // One 20,000-octet line and many ordinary ones: more than two of the decoder's 8 KB buffers.
        StringBuilder body = new StringBuilder("w".repeat(20_000)).append("\r\n");
        for (int i = 0; i < 300; i++) {
            body.append("line ").append(i).append(" of the message body\r\n");
        }
        String expected = body.toString();
        assertThat(decode("DATA\r\n" + expected + ".\r\n"))
                .containsExactly("CMD DATA", "END " + expected + " " + new ContentFlaws(false, true));
    }

    @Test
    void sameContentWhereverLongLinesAreSplit() {
        String content = "Subject: runs\r\n\r\n" + "a".repeat(997) + "\r\n" + "b".repeat(999) + "\r\n"
                + "..stuffed " + "c".repeat(9000) + "\r\nbare\nline\rend\r\n" + "d".repeat(998) + "\r\r\n.\r\n";
        String input = "DATA\r\n" + content + "NOOP\r\n";
        List<String> whole = decode(input);
        assertThat(whole).hasSize(3);
        assertThat(whole.get(1)).startsWith("END Subject: runs\r\n\r\n" + "a".repeat(997) + "\r\n")
                .contains("\r\n.stuffed c").endsWith(" " + new ContentFlaws(true, true));
        for (int chunk : new int[] {1, 2, 3, 7, 64, 999, 1000, 1001, 4096, 8191, 8192, 8193}) {
            assertThat(decode(input, 512, chunk)).as("chunk %d", chunk).isEqualTo(whole);
        }
    }

    @Test
    void stopIgnoresTheRestOfTheInput() {
        Recorder recorder = new Recorder() {
            @Override
            public void commandLine(String line) {
                super.commandLine(line);
                decoder.stop();
            }
        };
        recorder.decoder = new SmtpDecoder(512, recorder);
        byte[] bytes = "QUIT\r\nNOOP\r\n".getBytes(StandardCharsets.US_ASCII);
        recorder.decoder.feed(bytes, 0, bytes.length);
        assertThat(recorder.events).containsExactly("CMD QUIT");
    }

    @Test
    void bdatChunksAreReadRawByLengthWhereverTheInputIsSplit() {
        String input = "BDAT 8\r\n.\r\nA\nB\r\0BDAT 0\r\nBDAT 3\r\nxyzNOOP\r\n";
        List<String> expected = List.of("CMD BDAT 8", "CHUNK .\r\nA\nB\r\0", "CMD BDAT 0", "CHUNK ",
                "CMD BDAT 3", "CHUNK xyz", "CMD NOOP");
        for (int chunk = 1; chunk <= input.length(); chunk++) {
            assertThat(decode(input, 512, chunk)).as("pieces of %d", chunk).isEqualTo(expected);
        }
    }

    @Test
    void stopDropsEverythingPipelinedBehindStartTlsAndResetStartsClean() {
        Recorder recorder = new Recorder();
        recorder.decoder = new SmtpDecoder(512, recorder);
        byte[] bytes = "EHLO a\r\nSTARTTLS\r\nMAIL FROM:<evil@x>\r\nRC".getBytes(StandardCharsets.US_ASCII);
        recorder.decoder.feed(bytes, 0, bytes.length);
        recorder.decoder.reset();
        byte[] after = "PT TO:<y@z>\r\nEHLO b\r\n".getBytes(StandardCharsets.US_ASCII);
        recorder.decoder.feed(after, 0, after.length);
        assertThat(recorder.events).containsExactly("CMD EHLO a", "CMD STARTTLS", "CMD PT TO:<y@z>", "CMD EHLO b");
    }
}
