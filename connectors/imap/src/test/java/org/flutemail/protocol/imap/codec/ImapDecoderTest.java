package org.flutemail.protocol.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.protocol.imap.codec.DecoderRecorder.bytes;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImapDecoderTest {

    private static final DecoderLimits LIMITS = DecoderLimits.defaults();

    private static List<String> decode(String input) {
        return DecoderRecorder.decode(LIMITS, input);
    }

    @Test
    void decodesTagNameAndAtoms() {
        assertThat(decode("a1 login joe secret\r\n")).containsExactly("a1 LOGIN joe secret");
    }

    @Test
    void decodesCommandWithoutArguments() {
        assertThat(decode("a1 NOOP\r\nA2 capability\r\n")).containsExactly("a1 NOOP", "A2 CAPABILITY");
    }

    @Test
    void unescapesQuotedStrings() {
        assertThat(decode("a LOGIN \"jo\\\"e\" \"back\\\\slash\"\r\n"))
                .containsExactly("a LOGIN \"jo\\\"e\" \"back\\\\slash\"");
        List<Argument> arguments = new java.util.ArrayList<>();
        new ImapDecoder(LIMITS, new CapturingHandler(arguments)).feed(bytes("a X \"a\\\"b\"\r\n"), 0, 12);
        assertThat(arguments).containsExactly(new Argument.Quoted("a\"b"));
    }

    @Test
    void acceptsUtf8InQuotedStrings() {
        assertThat(decode("a SELECT \"收件箱\"\r\n")).containsExactly("a SELECT \"收件箱\"");
    }

    @Test
    void rejectsMalformedUtf8InQuotedStrings() {
        byte[] input = {'a', ' ', 'X', ' ', '"', (byte) 0xC3, '"', '\r', '\n'};
        assertThat(DecoderRecorder.decode(LIMITS, input, new int[0]))
                .containsExactly("ERROR a SYNTAX Invalid UTF-8 in quoted string");
    }

    @Test
    void rejectsInvalidEscape() {
        assertThat(decode("a X \"a\\b\"\r\nb NOOP\r\n"))
                .containsExactly("ERROR a SYNTAX Invalid escape in quoted string", "b NOOP");
    }

    @Test
    void decodesNestedLists() {
        assertThat(decode("a STATUS box (MESSAGES (A B) ())\r\n"))
                .containsExactly("a STATUS box (MESSAGES (A B) ())");
    }

    @Test
    void keepsFetchSectionsInOneAtom() {
        assertThat(decode("a FETCH 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (From To)]<0.100> BINARY[1.2])\r\n"))
                .containsExactly("a FETCH 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (From To)]<0.100> BINARY[1.2])");
    }

    @Test
    void synchronisingLiteralAsksForContinuationThenReadsExactOctets() {
        assertThat(decode("a LOGIN {3}\r\njoe {6}\r\nsec\r\nt\r\n"))
                .containsExactly("+", "+", "a LOGIN {3}joe {6}sec\r\nt");
    }

    @Test
    void nonSynchronisingLiteralNeedsNoContinuation() {
        assertThat(decode("a LOGIN {3+}\r\njoe \"x\"\r\n")).containsExactly("a LOGIN {3}joe \"x\"");
    }

    @Test
    void emptyLiteral() {
        assertThat(decode("a LOGIN {0}\r\n {0+}\r\n\r\n")).containsExactly("+", "a LOGIN {0} {0}");
    }

    @Test
    void literal8IsMarkedBinary() {
        assertThat(decode("a APPEND box ~{3+}\r\n\0\1\2\r\n")).containsExactly("a APPEND box ~{3}\0\1\2");
    }

    @Test
    void tildeAloneIsAnAtom() {
        assertThat(decode("a X ~a ~\r\n")).containsExactly("a X ~a ~");
    }

    @Test
    void literalMustEndItsLine() {
        assertThat(decode("a LOGIN {3} joe\r\nb NOOP\r\n"))
                .containsExactly("ERROR a SYNTAX Literal must end the line", "b NOOP");
    }

    @Test
    void ignoresEmptyLinesAndAcceptsBareLf() {
        assertThat(decode("\r\n\na NOOP\nb NOOP\r\n")).containsExactly("a NOOP", "b NOOP");
    }

    @Test
    void bareCrIsRefused() {
        assertThat(decode("a NOOP\rb NOOP\r\nc NOOP\r\n"))
                .containsExactly("ERROR a SYNTAX CR not followed by LF", "c NOOP");
    }

    @Test
    void missingTagOrNameIsRefused() {
        assertThat(decode(" NOOP\r\na\r\nb \r\n")).containsExactly(
                "ERROR null SYNTAX Missing tag",
                "ERROR a SYNTAX Missing command name",
                "ERROR b SYNTAX Missing command name");
    }

    @Test
    void invalidTagCharacterIsRefusedUntagged() {
        assertThat(decode("a+b NOOP\r\n*x NOOP\r\n")).containsExactly(
                "ERROR null SYNTAX Invalid character in tag", "ERROR null SYNTAX Invalid character in tag");
    }

    @Test
    void eightBitOutsideStringsIsRefused() {
        assertThat(decode("a SELECT 收件箱\r\n"))
                .containsExactly("ERROR a SYNTAX 8-bit characters must be quoted or sent as a literal");
    }

    @Test
    void unbalancedListsAreRefused() {
        assertThat(decode("a X (b\r\nc X b)\r\nd X \"q\"x\r\n")).containsExactly(
                "ERROR a SYNTAX Missing )", "ERROR c SYNTAX Unexpected )",
                "ERROR d SYNTAX Missing space between arguments");
    }

    @Test
    void unterminatedQuotedStringAndSectionWithSpacesAreRefused() {
        assertThat(decode("a X \"abc\r\nb FETCH 1 BODY[HEADER.FIELDS (To)\r\n")).containsExactly(
                "ERROR a SYNTAX Unterminated quoted string", "ERROR b SYNTAX Missing ]");
    }

    @Test
    void anOpenBracketIsAnAtomCharacterAtTheEndOfALine() {
        assertThat(decode("a SELECT box[1\r\nb FETCH 1 BODY[TEXT\r\n")).containsExactly(
                "a SELECT box[1", "b FETCH 1 BODY[TEXT");
    }

    @Test
    void malformedLiteralIsRefused() {
        assertThat(decode("a X {3x}\r\nb X {}\r\nc X {+}\r\n")).containsExactly(
                "ERROR a SYNTAX Invalid literal", "ERROR b SYNTAX Invalid literal", "ERROR c SYNTAX Invalid literal");
    }

    @Test
    void authenticateResponsesAndIdleDoneAreRawLines() {
        assertThat(decode("a AUTHENTICATE PLAIN\r\nAGpvZQBzZWNyZXQ=\r\nb IDLE\r\nDONE\r\nc NOOP\r\n")).containsExactly(
                "a AUTHENTICATE PLAIN", "LINE AGpvZQBzZWNyZXQ=", "b IDLE", "LINE DONE", "c NOOP");
    }

    @Test
    void stopDropsWhatWasPipelinedBehindStartTls() {
        assertThat(decode("a STARTTLS\r\nb LOGIN joe secret\r\n")).containsExactly("a STARTTLS");
    }

    /** Every input here must decode to the same events however it is cut. */
    static Stream<String> conversations() {
        return Stream.of(
                "a1 LOGIN {3}\r\njoe {6+}\r\nsecret\r\na2 SELECT \"INBOX\"\r\n",
                "a FETCH 1:*,$ (UID BODY.PEEK[HEADER.FIELDS (From \"To\")]<0.100>)\r\nb NOOP\r\n",
                "a APPEND box (\\Seen) \" 1-Jan-2020 10:00:00 +0000\" ~{5}\r\n\0\r\n\r\n UTF8 (~{2+}\r\nxy)\r\n",
                "a AUTHENTICATE PLAIN\r\n=\r\n\r\nb X \"a\\\"b\" (c (d))\r\n",
                "toolongtagtoolongtagtoolongtagtoolongtagtoolongtagtoolongtagtoolongtag NOOP {5+}\r\nb NOOP\r\nc NOOP\r\n",
                "a LOGIN {99999}\r\nb NOOP\r\n",
                "a LOGIN {99999+}\r\n" + "x".repeat(99999) + "\r\nb NOOP\r\n",
                "a X\rb\r\n\nc X (\r\n",
                "a X \"unterminated {4+}\r\nabcd\r\nb NOOP\r\n");
    }

    @ParameterizedTest
    @MethodSource("conversations")
    void sameEventsForEverySplitInTwo(String conversation) {
        byte[] input = bytes(conversation);
        List<String> whole = DecoderRecorder.decode(LIMITS, input, new int[0]);
        for (int cut = 1; cut < input.length; cut++) {
            assertThat(DecoderRecorder.decode(LIMITS, input, new int[] {cut})).as("cut at %d", cut).isEqualTo(whole);
        }
    }

    @ParameterizedTest
    @MethodSource("conversations")
    void sameEventsFedByteByByte(String conversation) {
        byte[] input = bytes(conversation);
        int[] cuts = new int[Math.max(0, input.length - 1)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = i + 1;
        }
        assertThat(DecoderRecorder.decode(LIMITS, input, cuts))
                .isEqualTo(DecoderRecorder.decode(LIMITS, input, new int[0]));
    }

    /** Hands the first request's arguments to a list. */
    private record CapturingHandler(List<Argument> arguments) implements DecoderHandler {
        @Override
        public void request(ImapRequest request) {
            arguments.addAll(request.arguments());
        }

        @Override
        public void error(DecodeError error) {
        }

        @Override
        public void continuationRequested() {
        }

        @Override
        public void line(String line) {
        }
    }
}
