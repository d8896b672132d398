package org.flutemail.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.session.ListenerPolicy;
import org.flutemail.protocol.smtp.session.SmtpConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener over real loopback sockets, with a thread pool in place of the container. */
class SmtpServerTest {

    @TempDir
    Path spool;

    private final ThreadPoolWorkManager workManager = new ThreadPoolWorkManager();
    private final RecordingStore store = new RecordingStore();
    private final FakeEndpointFactory endpoints = new FakeEndpointFactory(store);
    private final SmtpLimits limits = new SmtpLimits();
    private PortServer server;

    private PortServer start(int maxConnections, Duration idleTimeout) throws Exception {
        SmtpConfig config = SmtpConfig.builder("mx.flute.test").idleTimeout(idleTimeout).spoolDirectory(spool).build();
        ListenerPolicy mx = ListenerPolicy.mx(false, false);
        SmtpSetup setup = new SmtpSetup(config, limits, mx, new SaslMechanisms(List.of()), Optional::empty,
                Duration.ofSeconds(5), new EndpointSmtpListener(endpoints));
        server = new PortServer("127.0.0.1", 0, maxConnections, setup, workManager, false);
        server.start();
        return server;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
        workManager.close();
    }

    @Test
    void pythonSmtplibDeliversThroughATransactedEndpoint() throws Exception {
        int port = start(10, Duration.ofSeconds(30)).localPort();
        assertThat(SmtpClients.pythonSend(port)).isEqualTo("refused [('unknown@flute.test', 550)]");
        assertThat(store.contents).containsExactly("Subject: hi\r\n\r\n.dot line\r\nbody\r\n");
        assertThat(store.messages.get(0).recipients()).containsExactly("bob@flute.test");
        assertThat(store.messages.get(0).session().clientName()).isEqualTo("pyclient.test");
        assertThat(endpoints.calls).containsSubsequence("beforeDelivery", "accept", "afterDelivery", "release");
    }

    @Test
    void pushedLimitsApplyToTheNextConnectionWithoutARestart() throws Exception {
        int port = start(10, Duration.ofSeconds(30)).localPort();
        try (Socket before = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(before)).isEqualTo("220 mx.flute.test ESMTP Flute");
        }
        limits.setHostName("renamed.flute.test");
        limits.setMaxMessageSize(12_345);
        limits.setMaxRecipients(1);
        try (Socket after = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(after)).isEqualTo("220 renamed.flute.test ESMTP Flute");
            after.getOutputStream().write("EHLO c.test\r\n".getBytes(StandardCharsets.US_ASCII));
            List<String> ehlo = new java.util.ArrayList<>();
            String line;
            do {
                line = SmtpClients.readLine(after);
                ehlo.add(line);
            } while (line.startsWith("250-"));
            assertThat(ehlo.get(0)).isEqualTo("250-renamed.flute.test Hello c.test");
            assertThat(ehlo).contains("250-SIZE 12345");
            after.getOutputStream().write("MAIL FROM:<a@flute.test>\r\nRCPT TO:<bob@flute.test>\r\nRCPT TO:<carol@flute.test>\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(SmtpClients.readLine(after)).startsWith("250");
            assertThat(SmtpClients.readLine(after)).startsWith("250");
            assertThat(SmtpClients.readLine(after)).startsWith("452 4.5.3");
        }
        limits.setHostName("");
        limits.setMaxMessageSize(0);
        try (Socket reset = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(reset)).as("blank: as configured again").startsWith("220 mx.flute.test ");
        }
    }

    @Test
    void aPushedHourlyLimitRefusesTheClientsNextMessageAtMail() throws Exception {
        int port = start(10, Duration.ofSeconds(30)).localPort();
        limits.setMessagesPerClientPerHour(1);
        assertThat(SmtpClients.pythonSend(port)).isEqualTo("refused [('unknown@flute.test', 550)]");
        assertThat(SmtpClients.pythonSend(port)).as("450 4.7.1 at MAIL FROM").isEqualTo("error 450");
        assertThat(limits.getRateLimitRefusedTotal()).isEqualTo(1);
        limits.setMessagesPerClientPerHour(2);
        assertThat(SmtpClients.pythonSend(port)).as("raised: the next message passes")
                .isEqualTo("refused [('unknown@flute.test', 550)]");
        assertThat(store.messages).hasSize(2);
    }

    @Test
    void aHostNameThatCouldSplitAReplyLineIsRefused() {
        assertThatThrownBy(() -> limits.setRecipientsPerAccountPerHour(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limits.setHostName("evil.test\r\n250 ok")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limits.setMaxMessageSize(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(limits.getHostName()).isEmpty();
    }

    @Test
    void storeFailureIsA451() throws Exception {
        store.failure = new IllegalStateException("database down");
        int port = start(10, Duration.ofSeconds(30)).localPort();
        assertThat(SmtpClients.pythonSend(port)).isEqualTo("error 451");
        assertThat(store.contents).isEmpty();
    }

    @Test
    void aSilentClientDoesNotHoldUpOthers() throws Exception {
        int port = start(10, Duration.ofSeconds(30)).localPort();
        try (Socket silent = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(silent)).startsWith("220 mx.flute.test");
            silent.getOutputStream().write("EHLO slow\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\npartial"
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(SmtpClients.pythonSend(port)).startsWith("refused");
        }
        assertThat(store.contents).hasSize(1);
    }

    @Test
    void idleClientIsToldAndDisconnected() throws Exception {
        int port = start(10, Duration.ofSeconds(1)).localPort();
        try (Socket idle = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readAll(idle, 5000)).isEqualTo("220 mx.flute.test ESMTP Flute\r\n"
                    + "421 4.4.2 mx.flute.test Error: timeout exceeded, closing connection\r\n");
        }
    }

    @Test
    void connectionsBeyondTheLimitAreRefused() throws Exception {
        int port = start(1, Duration.ofSeconds(30)).localPort();
        try (Socket first = new Socket("127.0.0.1", port); Socket second = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(first)).startsWith("220 ");
            assertThat(SmtpClients.readAll(second, 5000))
                    .isEqualTo("421 4.7.0 mx.flute.test Error: too many connections\r\n");
        }
    }

    @Test
    void connectionsFromOneAddressBeyondItsLimitAreRefusedWhileOthersAreServed() throws Exception {
        int port = start(10, Duration.ofSeconds(30)).localPort();
        limits.setMaxConnectionsPerClient(1);
        try (Socket first = new Socket("127.0.0.1", port); Socket second = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(first)).startsWith("220 ");
            assertThat(SmtpClients.readAll(second, 5000)).isEqualTo(
                    "421 4.7.0 mx.flute.test Error: too many connections from your address, try later\r\n");
        }
        limits.setMaxConnectionsPerClient(0);
        try (Socket first = new Socket("127.0.0.1", port); Socket second = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(first)).startsWith("220 ");
            assertThat(SmtpClients.readLine(second)).as("no limit of its own again").startsWith("220 ");
        }
    }

    @Test
    void rejectedWorkIsTold421() throws Exception {
        int port = start(10, Duration.ofSeconds(30)).localPort();
        workManager.rejectAll = true;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readAll(socket, 5000)).startsWith("421 4.3.2 ");
        }
    }

    @Test
    void stopClosesThePortAndOpenConnections() throws Exception {
        int port = start(10, Duration.ofSeconds(30)).localPort();
        try (Socket open = new Socket("127.0.0.1", port)) {
            assertThat(SmtpClients.readLine(open)).startsWith("220 ");
            server.stop();
            assertThat(SmtpClients.readAll(open, 5000)).isEmpty();
        }
        assertThat(isListening(port)).isFalse();
    }

    /** A port nothing listens on right now, for tests that must name their ports. */
    static int freePort() throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    static boolean isListening(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
