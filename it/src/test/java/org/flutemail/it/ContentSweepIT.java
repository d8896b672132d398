package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.ServerJmx;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.Test;

/**
 * The content sweep on a running server: the spool's copy of a delivered message goes once delivery
 * has finished with it, the mailbox's copy stays while any mailbox holds the message, and goes once the
 * last copy is expunged (imaplib). The server sweeps every 2 seconds and removes content unused for 10,
 * so that what a test has just stored is never a candidate yet.
 */
@FluteServerTest(portOffset = 3950, properties = {"flute.content-sweep.every=PT2S",
        "flute.content-sweep.unused-for=PT10S"})
class ContentSweepIT {

    private static final Duration SWEEP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration UNUSED_FOR = Duration.ofSeconds(10);
    private static final String SWEEP_MBEAN = "org.flutemail:type=ContentSweep";

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    ContentSweepIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @Test
    void contentGoesWhenNothingRefersToItAndStaysWhileAMailboxHoldsIt() {
        String domain = "sweep-" + UUID.randomUUID().toString().substring(0, 6) + ".test";
        String user = "keeper@" + domain;
        api.createDomain(domain);
        api.createAccount(user, FluteApi.ACCOUNT_PASSWORD, "Keeper");
        TestMessages.RawMessage message = TestMessages.simple(user, "swept in time");
        assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of(user), message.bytes()).sent()).isTrue();
        MessageSummary delivered = probe.awaitInInbox(user, message.messageId());
        Instant storedBy = Instant.now();
        byte[] inMailbox = api.content(user, "INBOX", delivered.uid());
        assertThat(blobsHolding(message.messageId())).as("the spool's copy and the mailbox's").hasSize(2);

        Eventually.await("the spool's copy to go", SWEEP_TIMEOUT,
                () -> blobsHolding(message.messageId()).size() == 1 ? Optional.of(true) : Optional.empty(),
                () -> blobsHolding(message.messageId()) + "\n" + server.logTail(20));
        assertThat(read(blobsHolding(message.messageId()).get(0))).as("what stays is the mailbox's copy")
                .isEqualTo(inMailbox);

        PythonImap.Run moved = PythonImap.withStartTls(server).session("a", user, FluteApi.ACCOUNT_PASSWORD)
                .step("a", "create", "Kept")
                .step("a", "select", "INBOX")
                .step("a", "copy", "1", "Kept")
                .step("a", "store", "1", "+FLAGS", "(\\Deleted)")
                .step("a", "expunge")
                .run();
        assertThat(moved.result(4).typ()).isEqualTo("OK");
        awaitTwoSweepsAfter(storedBy.plus(UNUSED_FOR));
        assertThat(blobsHolding(message.messageId())).as("still held by the copy in Kept").hasSize(1);
        PythonImap.Run read = PythonImap.withStartTls(server).session("a", user, FluteApi.ACCOUNT_PASSWORD)
                .step("a", "select", "Kept")
                .step("a", "fetch", "1", "(BODY.PEEK[])")
                .run();
        assertThat(read.result(1).literal(0)).isEqualTo(inMailbox);

        PythonImap.Run expunged = PythonImap.withStartTls(server).session("a", user, FluteApi.ACCOUNT_PASSWORD)
                .step("a", "select", "Kept")
                .step("a", "store", "1", "+FLAGS", "(\\Deleted)")
                .step("a", "expunge")
                .run();
        assertThat(expunged.result(2).typ()).isEqualTo("OK");
        Eventually.await("the last copy's content to go", SWEEP_TIMEOUT,
                () -> blobsHolding(message.messageId()).isEmpty() ? Optional.of(true) : Optional.empty(),
                () -> blobsHolding(message.messageId()) + "\n" + server.logTail(20));
        assertThat(sweepFigure("RemovedTotal")).as("over JMX: the spool's copy and the last copy").isGreaterThanOrEqualTo(2);
        assertThat(sweepFigure("RemovedOctetsTotal")).isGreaterThanOrEqualTo(2L * message.bytes().length);
        try (ServerJmx jmx = ServerJmx.attach(server)) {
            assertThat(jmx.attribute(SWEEP_MBEAN, "LastError")).isEqualTo("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until two sweeps have started after {@code after}, so at least one ran from its beginning. */
    private void awaitTwoSweepsAfter(Instant after) {
        while (Instant.now().isBefore(after)) {
            pause();
        }
        long before = sweeps();
        Eventually.await("two more content sweeps", SWEEP_TIMEOUT,
                () -> sweeps() >= before + 2 ? Optional.of(true) : Optional.empty(), () -> server.logTail(20));
    }

    private long sweeps() {
        return sweepFigure("SweepsTotal");
    }

    private long sweepFigure(String attribute) {
        try (ServerJmx jmx = ServerJmx.attach(server)) {
            return ((Number) jmx.attribute(SWEEP_MBEAN, attribute)).longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Blob files whose content names this Message-ID. */
    private List<Path> blobsHolding(String messageId) {
        String needle = MailboxProbe.normalise(messageId);
        Path root = server.home().resolve("standalone/data/flute/blobs");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> new String(read(f), StandardCharsets.ISO_8859_1).contains(needle)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // removed while we looked: holds nothing
        }
    }
}
