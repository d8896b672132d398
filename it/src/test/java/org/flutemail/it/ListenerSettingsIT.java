package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.SmtpConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Listeners moved and switched off from the server settings, without a restart and kept across one:
 * the new port answers, the old one refuses, a session open before the move goes on, a port that cannot
 * be bound changes nothing (409), and only a system administrator may do it.
 */
@FluteServerTest(portOffset = 3900)
class ListenerSettingsIT {

    private static final String SUBMISSION = "smtp-submission";
    private static final String POP3 = "pop3-pop3";

    private final FluteServer server;
    private final FluteApi system;

    ListenerSettingsIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.system = api;
    }

    @AfterEach
    void backToTheConfiguredPorts() {
        system.delete("settings/listeners/" + SUBMISSION).expect(200);
        system.delete("settings/listeners/" + listenerOnPort(server.pop3Port()).path("key").asText()).expect(200);
    }

    @Test
    void theSubmissionListenerMovesAtOnceAndStaysMovedAfterARestart() throws Exception {
        JsonNode before = listener(SUBMISSION);
        assertThat(before.path("port").asInt()).isEqualTo(server.submissionPort());
        assertThat(before.path("configuredPort").asInt()).isEqualTo(server.submissionPort());
        assertThat(before.path("enabled").asBoolean()).isTrue();
        int moved = freePort();

        try (SmtpConnection early = SmtpConnection.open(FluteServer.HOST, server.submissionPort(), Duration.ofSeconds(30))) {
            early.greeting().require(220);
            JsonNode after = system.send("PUT", "settings/listeners/" + SUBMISSION, Map.of("port", moved)).expect(200).json();
            assertThat(after.path("port").asInt()).isEqualTo(moved);
            assertThat(after.path("up").asBoolean()).isTrue();

            assertThat(ehloOn(moved)).startsWith("250");
            assertRefused(server.submissionPort());
            assertThat(early.command("EHLO still.example").code()).as("a session from before the move goes on")
                    .isEqualTo(250);
        }
        assertThat(system.get("audit?action=listener.place").expect(200).json().findValuesAsText("detail"))
                .anyMatch(d -> d.equals(server.submissionPort() + " -> " + moved));

        server.stop();
        server.start();
        assertThat(listener(SUBMISSION).path("port").asInt()).as("the stored port wins at start").isEqualTo(moved);
        assertThat(ehloOn(moved)).startsWith("250");
        assertRefused(server.submissionPort());

        JsonNode reset = system.delete("settings/listeners/" + SUBMISSION).expect(200).json();
        assertThat(reset.path("port").asInt()).isEqualTo(server.submissionPort());
        assertThat(ehloOn(server.submissionPort())).startsWith("250");
        assertRefused(moved);
    }

    @Test
    void aPortThatCannotBeBoundChangesNothing() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ApiResponse refused = system.send("PUT", "settings/listeners/" + SUBMISSION,
                    Map.of("port", taken.getLocalPort()));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().path("message").asText()).contains("port " + taken.getLocalPort());
        }
        ApiResponse ours = system.send("PUT", "settings/listeners/" + SUBMISSION, Map.of("port", server.imapPort()));
        assertThat(ours.status()).isEqualTo(409);
        assertThat(ours.json().path("message").asText()).contains("imap");
        assertThat(listener(SUBMISSION).path("port").asInt()).isEqualTo(server.submissionPort());
        assertThat(ehloOn(server.submissionPort())).startsWith("250");
    }

    @Test
    void aListenerSwitchedOffRefusesConnectionsUntilSwitchedOn() throws Exception {
        String pop3 = listenerOnPort(server.pop3Port()).path("key").asText();
        assertThat(pop3).isEqualTo(POP3);
        assertThat(pop3Greeting(server.pop3Port())).startsWith("+OK");

        JsonNode off = system.send("PUT", "settings/listeners/" + pop3, Map.of("port", server.pop3Port(), "enabled", false))
                .expect(200).json();
        assertThat(off.path("enabled").asBoolean()).isFalse();
        assertThat(off.path("up").asBoolean()).isFalse();
        assertRefused(server.pop3Port());

        system.send("PUT", "settings/listeners/" + pop3, Map.of("port", server.pop3Port(), "enabled", true)).expect(200);
        assertThat(pop3Greeting(server.pop3Port())).startsWith("+OK");
    }

    @Test
    void badRequestsAndOtherTiersAreRefusedAndChangeNothing() {
        assertThat(system.send("PUT", "settings/listeners/" + SUBMISSION, Map.of("port", 0)).status()).isEqualTo(400);
        assertThat(system.send("PUT", "settings/listeners/" + SUBMISSION, Map.of("port", 70000)).status()).isEqualTo(400);
        assertThat(system.send("PUT", "settings/listeners/" + SUBMISSION, Map.of("enabled", false)).status())
                .as("no port").isEqualTo(400);
        assertThat(system.send("PUT", "settings/listeners/no-such-listener", Map.of("port", 2525)).status()).isEqualTo(404);

        String tag = UUID.randomUUID().toString().substring(0, 6);
        String domain = "listeners-" + tag + ".test";
        system.createDomain(domain);
        system.post("domains/" + domain + "/admins", Map.of("login", "la-" + tag, "password", "Domain-Admin-Pw-1"))
                .expect(201);
        FluteApi domainAdmin = system.as("la-" + tag, "Domain-Admin-Pw-1");
        assertThat(domainAdmin.send("PUT", "settings/listeners/" + SUBMISSION, Map.of("port", 2525)).status())
                .isEqualTo(403);
        assertThat(domainAdmin.delete("settings/listeners/" + SUBMISSION).status()).isEqualTo(403);
        assertThat(listener(SUBMISSION).path("port").asInt()).isEqualTo(server.submissionPort());
    }

    private JsonNode listener(String key) {
        for (JsonNode l : system.get("settings/listeners").expect(200).json()) {
            if (l.path("key").asText().equals(key)) {
                return l;
            }
        }
        throw new AssertionError("no listener " + key + " in " + system.get("settings/listeners").json());
    }

    private JsonNode listenerOnPort(int port) {
        for (JsonNode l : system.get("settings/listeners").expect(200).json()) {
            if (l.path("configuredPort").asInt() == port) {
                return l;
            }
        }
        throw new AssertionError("no listener configured on " + port);
    }

    private static String ehloOn(int port) throws IOException {
        try (SmtpConnection smtp = SmtpConnection.open(FluteServer.HOST, port, Duration.ofSeconds(30))) {
            smtp.greeting().require(220);
            return smtp.command("EHLO client.example").lines().get(0);
        }
    }

    private static String pop3Greeting(int port) throws IOException {
        try (Socket socket = new Socket(FluteServer.HOST, port)) {
            socket.setSoTimeout(30_000);
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private static void assertRefused(int port) {
        assertThatThrownBy(() -> new Socket(FluteServer.HOST, port).close()).isInstanceOf(ConnectException.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
