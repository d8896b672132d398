package org.flutemail.protocol.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.flutemail.protocol.smtp.session.SmtpConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmtpConnectionTest {

    private static final String DIALOGUE = "EHLO client.test\r\n"
            + "MAIL FROM:<alice@far.test> SIZE=80\r\n"
            + "RCPT TO:<bob@flute.test>\r\n"
            + "RCPT TO:<carol@flute.test>\r\n"
            + "DATA\r\n"
            + "Subject: dots\r\n\r\n..leading\r\n.\r\n"
            + "MAIL FROM:<>\r\nRCPT TO:<postmaster>\r\nDATA\r\n"
            + "second\r\nbare\nlf\r\n.\r\n"
            + "RSET\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\nthird\r\n.\r\n"
            + "QUIT\r\nNOOP\r\n";

    private static final String EXPECTED_REPLIES = "220 mx ESMTP Flute\r\n"
            + "250-mx Hello client.test\r\n250-PIPELINING\r\n250-SIZE 52428800\r\n250-8BITMIME\r\n"
            + "250-BINARYMIME\r\n250-CHUNKING\r\n250-SMTPUTF8\r\n250-DSN\r\n250-ENHANCEDSTATUSCODES\r\n250 HELP\r\n"
            + "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"
            + "250 2.0.0 Ok: queued as Q0\r\n"
            + "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"
            + "550 5.6.0 Error: message contains a bare CR or LF; lines must end with CRLF\r\n"
            + "250 2.0.0 Ok\r\n250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"
            + "250 2.0.0 Ok: queued as Q1\r\n"
            + "221 2.0.0 mx Bye\r\n";

    @TempDir
    Path spool;

    /** Feeds the input in pieces cut at the given offsets and returns everything written back. */
    private String run(FakeStore store, SmtpConfig config, byte[] input, int... cuts) {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (SmtpConnection connection = new SmtpConnection(config, store, "127.0.0.1", Clock.systemUTC())) {
            written.writeBytes(connection.greet().bytes());
            int from = 0;
            for (int i = 0; i <= cuts.length; i++) {
                int to = i < cuts.length ? cuts[i] : input.length;
                SmtpConnection.Output output = connection.receive(input, from, to - from);
                written.writeBytes(output.bytes());
                from = to;
            }
        }
        return written.toString(StandardCharsets.ISO_8859_1);
    }

    private String run(FakeStore store, String input, int... cuts) {
        return run(store, SmtpConfig.builder("mx").spoolDirectory(spool).build(),
                input.getBytes(StandardCharsets.ISO_8859_1), cuts);
    }

    @Test
    void fullDialogueInOneChunk() {
        FakeStore store = new FakeStore();
        assertThat(run(store, DIALOGUE)).isEqualTo(EXPECTED_REPLIES);
        assertThat(store.received()).extracting(FakeStore.Received::content)
                .containsExactly("Subject: dots\r\n\r\n.leading\r\n", "third\r\n");
        assertThat(store.received().get(0).message().recipients())
                .containsExactly("bob@flute.test", "carol@flute.test");
    }

    @Test
    void fullDialogueGivesIdenticalResultsSplitAtEveryByte() {
        FakeStore reference = new FakeStore();
        run(reference, DIALOGUE);
        for (int cut = 0; cut <= DIALOGUE.length(); cut++) {
            FakeStore store = new FakeStore();
            assertThat(run(store, DIALOGUE, cut)).as("cut at %d", cut).isEqualTo(EXPECTED_REPLIES);
            assertThat(store.received()).extracting(FakeStore.Received::content)
                    .isEqualTo(reference.received().stream().map(FakeStore.Received::content).toList());
        }
        int[] everyByte = new int[DIALOGUE.length() - 1];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = i + 1;
        }
        assertThat(run(new FakeStore(), DIALOGUE, everyByte)).isEqualTo(EXPECTED_REPLIES);
    }

    @Test
    void pipelinedCommandsInOneChunkGetAllTheirRepliesAtOnce() {
        SmtpConnection connection = new SmtpConnection(SmtpConfig.defaults("mx"), new FakeStore(), "c",
                Clock.systemUTC());
        byte[] group = "EHLO c\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nRCPT TO:<e@f>\r\nDATA\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        String replies = new String(connection.receive(group, 0, group.length).bytes(), StandardCharsets.US_ASCII);
        assertThat(replies).endsWith("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n"
                + "354 End data with <CR><LF>.<CR><LF>\r\n");
        connection.close();
    }

    @Test
    void smuggledSecondMessageStaysInsideTheFirst() {
        FakeStore store = new FakeStore();
        String smuggled = "EHLO c\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\nhello\n.\r\n"
                + "MAIL FROM:<admin@victim>\r\nRCPT TO:<c@d>\r\nDATA\r\nforged\r\n.\r\n";
        String replies = run(store, smuggled);
        assertThat(replies).endsWith("354 End data with <CR><LF>.<CR><LF>\r\n"
                + "550 5.6.0 Error: message contains a bare CR or LF; lines must end with CRLF\r\n");
        assertThat(store.received()).isEmpty();
    }

    @Test
    void oversizedMessageIsDiscardedWhileReadingAndTheSessionStaysUsable() throws IOException {
        FakeStore store = new FakeStore();
        SmtpConfig config = SmtpConfig.builder("mx").maxMessageSize(1000).memoryThreshold(100)
                .spoolDirectory(spool).build();
        String big = "EHLO c\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\n" + "0123456789\r\n".repeat(10_000)
                + ".\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\nsmall\r\n.\r\nQUIT\r\n";
        String replies = run(store, config, big.getBytes(StandardCharsets.US_ASCII), 500, 70_000);
        assertThat(replies).contains("552 5.3.4 Error: message size exceeds fixed maximum message size\r\n")
                .endsWith("250 2.0.0 Ok: queued as Q0\r\n221 2.0.0 mx Bye\r\n");
        assertThat(store.received()).extracting(FakeStore.Received::content).containsExactly("small\r\n");
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).as("spool files are deleted").isEmpty();
        }
    }

    @Test
    void largeMessageIsSpooledToDiskAndDeletedAfterTheCall() throws IOException {
        FakeStore store = new FakeStore();
        List<Long> filesDuringCall = new java.util.ArrayList<>();
        store.onAccept = message -> {
            try (Stream<Path> files = Files.list(spool)) {
                filesDuringCall.add(files.count());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new org.flutemail.connector.api.AcceptedMessage("BIG");
        };
        String body = "line of text\r\n".repeat(50_000);
        String input = "EHLO c\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\n" + body + ".\r\n";
        assertThat(run(store, input)).endsWith("250 2.0.0 Ok: queued as BIG\r\n");
        assertThat(filesDuringCall).containsExactly(1L);
        assertThat(store.received().get(0).content()).isEqualTo(body);
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void droppedConnectionDeletesTheSpoolFile() throws IOException {
        String partial = "EHLO c\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\n" + "x".repeat(300_000);
        run(new FakeStore(), partial);
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void idleTimeoutAsksToClose() {
        try (SmtpConnection connection = new SmtpConnection(SmtpConfig.defaults("mx"), new FakeStore(), "c",
                Clock.systemUTC())) {
            SmtpConnection.Output output = connection.idleTimeout();
            assertThat(new String(output.bytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("421 4.4.2 mx Error: timeout exceeded, closing connection\r\n");
            assertThat(output.close()).isTrue();
        }
    }

    private static final String BDAT_DIALOGUE = "EHLO c\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\n"
            + "BDAT 5\r\nab\r\ncBDAT 8 LAST\r\n\r\n.\r\nRSE"
            + "MAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nBDAT 3\r\nx\ny"
            + "MAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nBDAT 20\r\n01234567890123456789BDAT 1 LAST\r\nzQUIT\r\n";

    private static final String BDAT_REPLIES = "220 mx ESMTP Flute\r\n"
            + "250-mx Hello c\r\n250-PIPELINING\r\n250-SIZE 16\r\n250-8BITMIME\r\n250-BINARYMIME\r\n"
            + "250-CHUNKING\r\n250-SMTPUTF8\r\n250-DSN\r\n250-ENHANCEDSTATUSCODES\r\n250 HELP\r\n"
            + "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 5 octets received\r\n250 2.0.0 Ok: queued as Q0\r\n"
            + "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 3 octets received\r\n"
            + "503 5.5.1 Error: nested MAIL command\r\n503 5.5.1 Error: bad sequence of commands\r\n"
            + "552 5.3.4 Error: message size exceeds fixed maximum message size\r\n"
            + "503 5.5.1 Error: need MAIL command\r\n221 2.0.0 mx Bye\r\n";

    @Test
    void bdatChunksGiveIdenticalResultsSplitAtEveryByte() {
        SmtpConfig config = SmtpConfig.builder("mx").maxMessageSize(16).spoolDirectory(spool).build();
        byte[] input = BDAT_DIALOGUE.getBytes(StandardCharsets.US_ASCII);
        for (int cut = 0; cut <= input.length; cut++) {
            FakeStore store = new FakeStore();
            assertThat(run(store, config, input, cut)).as("cut at %d", cut).isEqualTo(BDAT_REPLIES);
            assertThat(store.received()).extracting(FakeStore.Received::content).containsExactly("ab\r\nc\r\n.\r\nRSE");
        }
    }

    @Test
    void bareLineEndsInBdatAreRefusedUnlessTheBodyIsBinary() {
        FakeStore store = new FakeStore();
        String input = "EHLO c\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nBDAT 4 LAST\r\na\nb\r"
                + "MAIL FROM:<a@b> BODY=BINARYMIME\r\nRCPT TO:<c@d>\r\nBDAT 4 LAST\r\na\nb\r";
        assertThat(run(store, input)).contains(
                "550 5.6.0 Error: message contains a bare CR or LF; lines must end with CRLF\r\n")
                .endsWith("250 2.0.0 Ok: queued as Q0\r\n");
        assertThat(store.received()).extracting(FakeStore.Received::content).containsExactly("a\nb\r");
    }

    /**
     * The STARTTLS command injection: whatever follows STARTTLS in the same read was sent in the
     * clear and must never be executed, wherever the reads are split. The transport stops feeding
     * plaintext once it is told to start TLS, as a real one hands later bytes to the TLS engine.
     */
    @Test
    void commandsInjectedAfterStartTlsAreNeverExecuted() {
        String plaintext = "EHLO c\r\nSTARTTLS\r\nMAIL FROM:<evil@x.test>\r\nRCPT TO:<c@d>\r\n";
        byte[] input = plaintext.getBytes(StandardCharsets.US_ASCII);
        byte[] overTls = "EHLO d\r\nMAIL FROM:<a@b>\r\nQUIT\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int cut = "EHLO c\r\nSTARTTLS".length(); cut <= input.length; cut++) {
            FakeStore store = new FakeStore();
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            try (SmtpConnection connection = new SmtpConnection(SmtpConfig.builder("mx").spoolDirectory(spool).build(),
                    org.flutemail.protocol.smtp.session.ListenerPolicy.mx(true, false),
                    new org.flutemail.protocol.smtp.auth.SaslMechanisms(List.of()), store, "c", Clock.systemUTC())) {
                SmtpConnection.Output first = connection.receive(input, 0, cut);
                written.writeBytes(first.bytes());
                SmtpConnection.Output second = first.startTls() ? first
                        : connection.receive(input, cut, input.length - cut);
                written.writeBytes(second == first ? new byte[0] : second.bytes());
                assertThat(second.startTls()).as("cut at %d", cut).isTrue();
                connection.tlsEstablished("TLSv1.3 TLS_AES_128_GCM_SHA256");
                written.writeBytes(connection.receive(overTls, 0, overTls.length).bytes());
            }
            assertThat(written.toString(StandardCharsets.US_ASCII)).as("cut at %d", cut)
                    .contains("220 2.0.0 Ready to start TLS\r\n250-mx Hello d\r\n")
                    .endsWith("250 2.1.0 Ok\r\n221 2.0.0 mx Bye\r\n")
                    .doesNotContain("503").doesNotContain("250 2.1.5");
        }
    }
}
