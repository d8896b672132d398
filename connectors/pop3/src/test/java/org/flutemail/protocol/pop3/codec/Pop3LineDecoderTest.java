package org.flutemail.protocol.pop3.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class Pop3LineDecoderTest {

    private static List<Pop3Line> decode(byte[] input, int... cuts) {
        Pop3LineDecoder decoder = new Pop3LineDecoder();
        List<Pop3Line> lines = new ArrayList<>();
        int start = 0;
        List<Integer> bounds = new ArrayList<>();
        for (int cut : cuts) {
            bounds.add(cut);
        }
        bounds.add(input.length);
        for (int bound : bounds) {
            int position = start;
            while (position < bound) {
                position += decoder.feed(input, position, bound - position);
                if (decoder.lineReady()) {
                    lines.add(decoder.takeLine());
                }
            }
            start = bound;
        }
        return lines;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameLinesWhereverTheInputIsSplit() {
        byte[] input = ascii("USER alice@example.test\r\nPASS p w\r\nSTAT\nLIST 1\r\n\r\n");
        List<Pop3Line> whole = decode(input);
        assertThat(whole).extracting(Pop3Line::text)
                .containsExactly("USER alice@example.test", "PASS p w", "STAT", "LIST 1", "");
        for (int i = 1; i < input.length; i++) {
            assertThat(decode(input, i)).as("split at %d", i).isEqualTo(whole);
            for (int j = i + 1; j < input.length; j++) {
                assertThat(decode(input, i, j)).as("split at %d and %d", i, j).isEqualTo(whole);
            }
        }
    }

    @Test
    void everyByteAlone() {
        byte[] input = ascii("CAPA\r\nQUIT\r\n");
        int[] cuts = new int[input.length - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = i + 1;
        }
        assertThat(decode(input, cuts)).extracting(Pop3Line::text).containsExactly("CAPA", "QUIT");
    }

    @Test
    void acceptsTwoHundredFiftyFiveOctetsAndRefusesOneMore() {
        String longest = "X".repeat(255);
        String tooLong = "Y".repeat(256);
        byte[] input = ascii(longest + "\r\n" + tooLong + "\r\nNOOP\r\n");
        for (int i = 1; i < input.length; i++) {
            List<Pop3Line> lines = decode(input, i);
            assertThat(lines).as("split at %d", i).containsExactly(new Pop3Line(longest, false),
                    new Pop3Line("", true), new Pop3Line("NOOP", false));
        }
    }

    @Test
    void aHugeLineIsSkippedWithoutKeepingIt() {
        byte[] input = ascii("A".repeat(100_000) + "\r\nSTAT\r\n");
        assertThat(decode(input, 50_000)).containsExactly(new Pop3Line("", true), new Pop3Line("STAT", false));
    }

    @Test
    void feedStopsAfterEachLineSoTheRestCanBeDiscarded() {
        Pop3LineDecoder decoder = new Pop3LineDecoder();
        byte[] input = ascii("STLS\r\nUSER mallory\r\n");
        int consumed = decoder.feed(input, 0, input.length);
        assertThat(consumed).isEqualTo(6);
        assertThat(decoder.takeLine().text()).isEqualTo("STLS");
    }

    @Test
    void aRaisedLimitAdmitsLongSaslResponses() {
        Pop3LineDecoder decoder = new Pop3LineDecoder();
        decoder.limit(4096);
        byte[] input = ascii("Z".repeat(1000) + "\r\n");
        decoder.feed(input, 0, input.length);
        assertThat(decoder.takeLine().text()).hasSize(1000);
    }
}
