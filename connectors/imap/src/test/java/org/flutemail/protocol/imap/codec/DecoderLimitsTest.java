package org.flutemail.protocol.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each limit refuses what exceeds it, answers as the RFCs say, and leaves the next command readable. */
class DecoderLimitsTest {

    private static final DecoderLimits SMALL = DecoderLimits.defaults()
            .withTokenLimits(4, 8, 6, 40)
            .withStructureLimits(5, 2, 60, 200)
            .withLiteralLimits(10, 100);

    private static List<String> decode(DecoderLimits limits, String input) {
        return DecoderRecorder.decode(limits, input);
    }

    @Test
    void tagLength() {
        assertThat(decode(SMALL, "abcd NOOP\r\nabcde NOOP\r\nb NOOP\r\n"))
                .containsExactly("abcd NOOP", "ERROR null TAG_TOO_LONG Tag too long", "b NOOP");
    }

    @Test
    void atomLength() {
        assertThat(decode(SMALL, "a X 12345678\r\na X 123456789\r\nb NOOP\r\n"))
                .containsExactly("a X 12345678", "ERROR a ATOM_TOO_LONG Atom too long", "b NOOP");
    }

    @Test
    void quotedLength() {
        assertThat(decode(SMALL, "a X \"123456\"\r\na X \"1234567\"\r\n"))
                .containsExactly("a X \"123456\"", "ERROR a QUOTED_TOO_LONG Quoted string too long");
    }

    @Test
    void lineLength() {
        String line = "a X " + "b ".repeat(18); // 40 octets
        assertThat(decode(SMALL.withStructureLimits(50, 2, 60, 200), line + "\r\n" + line + "c\r\nb NOOP\r\n"))
                .hasSize(3)
                .contains("ERROR a LINE_TOO_LONG Line too long", "b NOOP");
    }

    @Test
    void overlongLineEndingInNonSyncLiteralDiscardsItsOctets() {
        assertThat(decode(SMALL.withStructureLimits(100, 2, 200, 200),
                "a X " + "y ".repeat(25) + "{4+}\r\nb NO\r\nc NOOP\r\n"))
                .containsExactly("ERROR a LINE_TOO_LONG Line too long", "c NOOP");
    }

    @Test
    void argumentCount() {
        assertThat(decode(SMALL, "a X 1 2 3 4 5\r\na X 1 2 3 4 5 6\r\n"))
                .containsExactly("a X 1 2 3 4 5", "ERROR a TOO_MANY_ARGUMENTS Too many arguments");
    }

    @Test
    void nestingDepth() {
        assertThat(decode(SMALL, "a X ((1))\r\na X (((1)))\r\n"))
                .containsExactly("a X ((1))", "ERROR a TOO_DEEPLY_NESTED Lists nested too deeply");
    }

    @Test
    void oversizeSynchronisingLiteralIsRefusedWithoutReadingOctets() {
        assertThat(decode(SMALL, "a LOGIN {11}\r\nb NOOP\r\n"))
                .containsExactly("ERROR a LITERAL_TOO_BIG Literal too big", "b NOOP");
    }

    @Test
    void oversizeNonSynchronisingLiteralHasExactlyItsOctetsDiscarded() {
        assertThat(decode(SMALL, "a LOGIN {11+}\r\nb NOOP\r\nxyz\r\nc NOOP\r\n"))
                .containsExactly("ERROR a LITERAL_TOO_BIG Literal too big", "c NOOP");
    }

    @Test
    void literalLimitRisesAfterAuthentication() {
        assertThat(decode(SMALL, "a LOGIN {1+}\r\nx y\r\nb APPEND box {50+}\r\n" + "z".repeat(50) + "\r\n"))
                .containsExactly("a LOGIN {1}x y", "b APPEND box {50}" + "z".repeat(50));
    }

    @Test
    void wholeCommandLength() {
        String literal = "z".repeat(90);
        assertThat(decode(SMALL, "a LOGIN {1+}\r\nx y\r\nb APPEND box {90+}\r\n" + literal + " {90+}\r\n"
                + literal + " {90+}\r\n" + literal + "\r\nc NOOP\r\n"))
                .containsExactly("a LOGIN {1}x y", "ERROR b COMMAND_TOO_LONG Command too long", "c NOOP");
    }

    @Test
    void literalMinusLimitsNonSynchronisingLiterals() {
        DecoderLimits minus = DecoderLimits.defaults().withLiteralLimits(10_000, 10_000).withLiteralPlus(false);
        String octets = "q".repeat(4097);
        assertThat(decode(minus, "a LOGIN {4097+}\r\n" + octets + "\r\nb LOGIN {4097}\r\n" + octets + "\r\n"))
                .containsExactly(
                        "ERROR a NON_SYNC_LITERAL_TOO_BIG Non-synchronizing literals are limited to 4096 octets",
                        "+", "b LOGIN {4097}" + octets);
    }

    @Test
    void nonSynchronisingLiteralTooBigToSkipStopsTheDecoder() {
        assertThat(decode(SMALL, "a X {99999999999+}\r\nb NOOP\r\n"))
                .containsExactly("ERROR a UNRECOVERABLE Literal too big to skip");
    }

    @Test
    void errorsMapToResponses() {
        assertThat(new DecodeError("a", DecodeError.Kind.LITERAL_TOO_BIG, "x").refusal()).isTrue();
        assertThat(new DecodeError("a", DecodeError.Kind.LITERAL_TOO_BIG, "x").responseCode()).isEqualTo("TOOBIG");
        assertThat(new DecodeError("a", DecodeError.Kind.NON_SYNC_LITERAL_TOO_BIG, "x").refusal()).isFalse();
        assertThat(new DecodeError("a", DecodeError.Kind.SYNTAX, "x").responseCode()).isNull();
        assertThat(new DecodeError("a", DecodeError.Kind.UNRECOVERABLE, "x").closesConnection()).isTrue();
    }

    @Test
    void rejectsNonsenseConfiguration() {
        assertThatThrownBy(() -> DecoderLimits.defaults().withLiteralLimits(-1, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DecoderLimits.defaults().withLiteralLimits(1, Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rawLineLength() {
        assertThat(decode(SMALL, "a IDLE\r\n" + "D".repeat(41) + "\r\nb NOOP\r\n"))
                .containsExactly("a IDLE", "ERROR null LINE_TOO_LONG Line too long", "b NOOP");
    }
}
