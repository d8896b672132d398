package org.flutemail.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.management.ObjectName;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Listeners moved and switched off by the server settings, over real loopback sockets: the new port
 * accepts, the old one refuses, open connections go on, and a port that cannot be bound changes nothing.
 */
class ListenerPlacementsTest {

    private final ThreadPoolWorkManager workManager = new ThreadPoolWorkManager();
    private final ListenerPlacements placements = new ListenerPlacements();
    private final List<LineClient> clients = new ArrayList<>();
    private PortServer server;

    private PortServer start(int configuredPort) throws Exception {
        server = new PortServer("127.0.0.1", configuredPort, 100,
                new LineEchoProtocol(false, Optional::empty, Duration.ofMinutes(5), null), workManager, false, placements);
        server.start();
        return server;
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
    void aRunningListenerMovesAndItsOpenConnectionsGoOn() throws Exception {
        int before = start(0).localPort();
        LineClient early = greeted(before);
        int after = freePort();

        placements.place(server.key(), after, true);

        assertThat(server.localPort()).isEqualTo(after);
        assertRefused(before);
        LineClient late = greeted(after);
        late.send("on the new port");
        assertThat(late.readLine()).isEqualTo("echo on the new port");
        early.send("still here");
        assertThat(early.readLine()).isEqualTo("echo still here");
        assertThat(placements.getListeners()).containsExactly(server.key());
    }

    @Test
    void aPortInUseLeavesTheListenerWhereItWas() throws Exception {
        int before = start(0).localPort();
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> placements.place(server.key(), taken.getLocalPort(), true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort());
        }
        assertThat(server.localPort()).isEqualTo(before);
        greeted(before);
        assertThat(placements.wishFor(server.key())).isEmpty();
    }

    @Test
    void aListenerSwitchedOffRefusesUntilSwitchedOnAgain() throws Exception {
        int port = start(0).localPort();
        LineClient open = greeted(port);

        placements.place(server.key(), port, false);
        assertRefused(port);
        assertThat(status(port)).as("still published, as off").containsExactly(false, false);
        open.send("after the switch");
        assertThat(open.readLine()).isEqualTo("echo after the switch");

        placements.place(server.key(), port, true);
        assertThat(greeted(port)).isNotNull();
        assertThat(status(port)).containsExactly(true, true);
    }

    @Test
    void aListenerStartsWhereItWasPlacedAndFallsBackToItsConfiguredPortWhenThatIsTaken() throws Exception {
        int configured = freePort();
        int placed = freePort();
        String key = ListenerPlacements.key("ECHO");
        placements.place(key, placed, true);
        assertThat(start(configured).localPort()).isEqualTo(placed);
        assertRefused(configured);
        server.stop();

        try (ServerSocket taken = new ServerSocket(placed)) {
            assertThat(start(configured).localPort()).as("mail must still come in").isEqualTo(configured);
        }
        server.stop();

        placements.place(key, placed, false);
        start(configured);
        assertRefused(configured);
        assertRefused(placed);
        placements.forget(key);
        assertThat(greeted(configured)).isNotNull();
    }

    @Test
    void keysAreTheLogNamesInLowerCaseWithDashes() {
        assertThat(ListenerPlacements.key("SMTP submission")).isEqualTo("smtp-submission");
        assertThat(ListenerPlacements.key("IMAP imaps")).isEqualTo("imap-imaps");
        assertThatThrownBy(() -> placements.place("smtp-mx", 70000, true)).isInstanceOf(IllegalArgumentException.class);
    }

    private LineClient greeted(int port) throws IOException {
        LineClient client = new LineClient(port);
        clients.add(client);
        assertThat(client.readLine()).isEqualTo("* hello");
        return client;
    }

    /** Enabled and up, as JMX shows the listener on {@code port}. */
    private static List<Boolean> status(int port) throws Exception {
        Set<ObjectName> names = ManagementFactory.getPlatformMBeanServer()
                .queryNames(new ObjectName("org.flutemail:type=Listener,port=" + port + ",*"), null);
        assertThat(names).hasSize(1);
        ObjectName name = names.iterator().next();
        return List.of((Boolean) ManagementFactory.getPlatformMBeanServer().getAttribute(name, "Enabled"),
                (Boolean) ManagementFactory.getPlatformMBeanServer().getAttribute(name, "Up"));
    }

    private static void assertRefused(int port) {
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
