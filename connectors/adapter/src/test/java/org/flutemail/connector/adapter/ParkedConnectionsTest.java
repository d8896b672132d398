package org.flutemail.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import org.flutemail.connector.adapter.tls.ReloadingTlsContext;
import org.flutemail.connector.adapter.tls.TlsFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections parked between commands: no thread while silent, resumed on input, wake-up, tick or timeout. */
class ParkedConnectionsTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    @TempDir
    Path tlsDir;

    private final ThreadPoolWorkManager workManager = new ThreadPoolWorkManager();
    private final List<LineClient> clients = new ArrayList<>();
    private PortServer server;
    private LineEchoProtocol protocol;

    private int start(LineEchoProtocol serving) throws Exception {
        protocol = serving;
        server = new PortServer("127.0.0.1", 0, 1000, serving, workManager, false);
        server.start();
        return server.localPort();
    }

    private LineClient connect(int port) throws Exception {
        LineClient client = new LineClient(port);
        clients.add(client);
        return client;
    }

    private Supplier<Optional<SSLContext>> tls() {
        ReloadingTlsContext context = ReloadingTlsContext.forServer(new TlsFiles(tlsDir), "echo.test", LONG);
        return context::current;
    }

    private Path certificate() {
        return tlsDir.resolve(TlsFiles.CERTIFICATE_FILE);
    }

    @AfterEach
    void stop() throws Exception {
        for (LineClient client : clients) {
            client.close();
        }
        if (server != null) {
            server.stop();
        }
        workManager.close();
    }

    @Test
    void silentConnectionsHoldNoThreadAndAnswerWhenSpokenTo() throws Exception {
        int port = start(new LineEchoProtocol(false, Optional::empty, LONG, null));
        for (int i = 0; i < 50; i++) {
            LineClient client = connect(port);
            assertThat(client.readLine()).isEqualTo("* hello");
            client.send("first " + i);
            assertThat(client.readLine()).isEqualTo("echo first " + i);
        }
        // The one Work left is the port's loop. A turn's Work ends a moment before its connection is
        // marked parked, so both are awaited together.
        awaitTrue(() -> workManager.running() == 1
                && server.connections().stream().allMatch(c -> c.state() == ConnectionWork.State.PARKED));
        assertThat(server.connections()).hasSize(50)
                .allMatch(c -> c.state() == ConnectionWork.State.PARKED);
        for (int i = 0; i < 50; i++) {
            clients.get(i).send("second " + i);
            assertThat(clients.get(i).readLine()).isEqualTo("echo second " + i);
        }
    }

    @Test
    void pipelinedLinesInOneSegmentAreAllAnswered() throws Exception {
        LineClient client = connect(start(new LineEchoProtocol(false, Optional::empty, LONG, null)));
        client.readLine();
        client.send("a\r\nb\r\nc");
        assertThat(List.of(client.readLine(), client.readLine(), client.readLine()))
                .containsExactly("echo a", "echo b", "echo c");
    }

    @Test
    void aWakeUpRunsATickOnAParkedConnection() throws Exception {
        LineClient client = connect(start(new LineEchoProtocol(false, Optional::empty, LONG, null)));
        client.readLine();
        awaitParked();
        protocol.lastWakeUp.run();
        assertThat(client.readLine()).isEqualTo("* tick");
        client.send("still there");
        assertThat(client.readLine()).isEqualTo("echo still there");
    }

    @Test
    void aWakeUpDuringATurnIsNotLost() throws Exception {
        LineClient client = connect(start(new LineEchoProtocol(false, Optional::empty, LONG, null)));
        client.readLine();
        for (int i = 0; i < 200; i++) {
            client.send("n" + i);
            protocol.lastWakeUp.run();
            // Whether the wake-up met the turn, the parking or the parked connection, its tick comes.
            assertThat(List.of(client.readLine(), client.readLine())).containsExactlyInAnyOrder("echo n" + i,
                    "* tick");
        }
    }

    @Test
    void theSafetyTickComesWithoutAWakeUp() throws Exception {
        LineClient client = connect(start(new LineEchoProtocol(false, Optional::empty, LONG, Duration.ofSeconds(1))));
        client.readLine();
        assertThat(client.readLine()).isEqualTo("* tick");
    }

    @Test
    void aParkedConnectionTimesOut() throws Exception {
        LineClient client = connect(start(new LineEchoProtocol(false, Optional::empty, Duration.ofSeconds(1), null)));
        client.readLine();
        assertThat(client.readLine()).isEqualTo("* idle");
        assertThat(client.readLine()).isNull();
        assertThat(protocol.closed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void implicitTlsResumesAfterParking() throws Exception {
        LineClient client = connect(start(new LineEchoProtocol(true, tls(), LONG, null))).secure(certificate());
        assertThat(client.readLine()).isEqualTo("* hello");
        awaitParked();
        client.send("over tls");
        assertThat(client.readLine()).isEqualTo("echo over tls");
        awaitParked();
        protocol.lastWakeUp.run();
        assertThat(client.readLine()).isEqualTo("* tick");
    }

    @Test
    void startTlsThenCompressionResumeAfterParking() throws Exception {
        LineClient client = connect(start(new LineEchoProtocol(false, tls(), LONG, null)));
        client.readLine();
        client.send("TLS");
        assertThat(client.readLine()).isEqualTo("echo TLS");
        client.secure(certificate());
        awaitParked();
        client.send("COMPRESS");
        assertThat(client.readLine()).isEqualTo("echo COMPRESS");
        client.compress();
        awaitParked();
        client.send("squeezed " + "x".repeat(40_000));
        assertThat(client.readLine()).isEqualTo("echo squeezed " + "x".repeat(40_000));
        awaitParked();
        protocol.lastWakeUp.run();
        assertThat(client.readLine()).isEqualTo("* tick");
        client.send("again");
        assertThat(client.readLine()).isEqualTo("echo again");
    }

    @Test
    void aRejectedTurnIsTriedAgain() throws Exception {
        LineClient client = connect(start(new LineEchoProtocol(false, Optional::empty, LONG, null)));
        client.readLine();
        awaitParked();
        workManager.rejectNext(3);
        client.send("after a busy pool");
        assertThat(client.readLine()).isEqualTo("echo after a busy pool");
    }

    @Test
    void stoppingThePortEndsParkedConnections() throws Exception {
        int port = start(new LineEchoProtocol(false, Optional::empty, LONG, null));
        LineClient client = connect(port);
        client.readLine();
        awaitParked();
        server.stop();
        assertThat(client.readLine()).isNull();
        assertThat(protocol.closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(server.connections()).isEmpty();
        // The port is free again at once: a redeployment binds it.
        PortServer again = new PortServer("127.0.0.1", port, 10, protocol, workManager, false);
        again.start();
        again.stop();
    }

    private void awaitParked() throws InterruptedException {
        awaitTrue(() -> server.connections().stream().allMatch(c -> c.state() == ConnectionWork.State.PARKED));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
