package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.SmtpConnection;
import org.flutemail.it.support.StoredMessage;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored server settings that reach the SMTP listeners without a restart (host name, largest
 * message, most recipients) and the mail log's kept days: seen with a raw socket and smtplib, refused
 * with a 400 that names the setting when bad, refused to a domain administrator, audited.
 */
@FluteServerTest(portOffset = 3300)
class ServerSettingsIT {

    private final FluteServer server;
    private final FluteApi system;
    private final MailboxProbe probe;
    private String tag;

    ServerSettingsIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.system = api;
        this.probe = probe;
    }

    @BeforeEach
    void aTag() {
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void backToTheDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String key : List.of("hostName", "maxMessageBytes", "maxRecipients", "maxConnectionsPerClient",
                "mailLogDays")) {
            defaults.put(key, "");
        }
        system.send("PUT", "settings", defaults).expect(200);
    }

    @Test
    void theHostNameChangesTheGreetingAndEhloOfTheNextConnectionWithoutARestart() throws IOException {
        String name = "mx-" + tag + ".example.test";
        assertThat(greetingAndEhlo().get(0)).doesNotContain(name);

        system.send("PUT", "settings", Map.of("hostName", name.toUpperCase())).expect(200);
        List<String> after = greetingAndEhlo();
        assertThat(after.get(0)).isEqualTo("220 " + name + " ESMTP Flute");
        assertThat(after.get(1)).isEqualTo("250-" + name + " Hello client.example");
        assertThat(stored("hostName")).isEqualTo(name);
        String to = "named-" + tag + "@" + FluteServer.DOMAIN;
        system.createAccount(to, FluteApi.ACCOUNT_PASSWORD, "Named");
        TestMessages.RawMessage message = TestMessages.simple(to, "which host took me");
        assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of(to), message.bytes()).sent()).isTrue();
        long uid = probe.awaitInInbox(to, message.messageId()).uid();
        assertThat(StoredMessage.leadingReceived(system.content(to, MailboxProbe.INBOX, uid)))
                .as("the trace header names the stored host").contains("\r\n\tby " + name + " (Flute Mail)");

        system.send("PUT", "settings", Map.of("hostName", "")).expect(200);
        assertThat(greetingAndEhlo().get(0)).as("back to the default").doesNotContain(name);
        assertThat(system.get("audit?action=settings.update").expect(200).json().findValuesAsText("detail"))
                .anySatisfy(d -> assertThat(d).contains("hostName: (default) -> " + name));
    }

    /** smtplib declares each message's size at MAIL FROM once the server offers SIZE. */
    @Test
    void theLargestMessageAndTheMostRecipientsApplyToSmtplibAtOnce() {
        String to = "size-" + tag + "@" + FluteServer.DOMAIN;
        system.createAccount(to, FluteApi.ACCOUNT_PASSWORD, "Size");
        TestMessages.RawMessage big = TestMessages.ofSize(to, 40_000);
        system.send("PUT", "settings", Map.of("maxMessageBytes", "20000")).expect(200);

        PythonSmtp.Result refused = new PythonSmtp(server).send(TestMessages.SENDER, List.of(to), big.bytes());
        assertThat(refused.code()).as("%s", refused).isEqualTo(552);
        assertThat(refused.text()).startsWith("5.3.4");

        system.send("PUT", "settings", Map.of("maxMessageBytes", "", "maxRecipients", "2")).expect(200);
        String second = "second-" + tag + "@" + FluteServer.DOMAIN;
        String third = "third-" + tag + "@" + FluteServer.DOMAIN;
        system.createAccount(second, FluteApi.ACCOUNT_PASSWORD, "Second");
        system.createAccount(third, FluteApi.ACCOUNT_PASSWORD, "Third");
        PythonSmtp.Result sent = new PythonSmtp(server).send(TestMessages.SENDER, List.of(to, second, third),
                big.bytes());
        assertThat(sent.outcome()).as("%s", sent).isEqualTo("sent");
        assertThat(sent.refused()).containsOnlyKeys(third);
        assertThat(sent.refused().get(third).code()).isEqualTo(452);
        assertThat(sent.refused().get(third).text()).startsWith("4.5.3");
        probe.awaitInInbox(to, big.messageId());
        probe.awaitInInbox(second, big.messageId());
    }

    @Test
    void aClientAddressBeyondItsConnectionsIsAnswered421WithAClearText() throws IOException {
        system.send("PUT", "settings", Map.of("maxConnectionsPerClient", "1")).expect(200);
        try (SmtpConnection first = SmtpConnection.open(FluteServer.HOST, server.smtpPort(), Duration.ofSeconds(30));
                SmtpConnection second = SmtpConnection.open(FluteServer.HOST, server.smtpPort(), Duration.ofSeconds(30))) {
            first.greeting().require(220);
            SmtpConnection.Reply refused = second.greeting();
            assertThat(refused.code()).isEqualTo(421);
            assertThat(refused.text()).startsWith("4.7.0").contains("too many connections from your address");
            assertThat(second.isClosedByServer()).isTrue();
            assertThat(first.command("NOOP").code()).as("the first is served on").isEqualTo(250);
        }
        system.send("PUT", "settings", Map.of("maxConnectionsPerClient", "")).expect(200);
        try (SmtpConnection first = SmtpConnection.open(FluteServer.HOST, server.smtpPort(), Duration.ofSeconds(30));
                SmtpConnection second = SmtpConnection.open(FluteServer.HOST, server.smtpPort(), Duration.ofSeconds(30))) {
            first.greeting().require(220);
            second.greeting().require(220);
        }
    }

    @Test
    void badValuesAreRefusedNamingTheSettingAndChangeNothing() {
        List<ApiResponse> invalid = new ArrayList<>();
        invalid.add(system.send("PUT", "settings", Map.of("hostName", "not a host")));
        invalid.add(system.send("PUT", "settings", Map.of("maxMessageBytes", "0")));
        invalid.add(system.send("PUT", "settings", Map.of("maxMessageBytes", "3000000000")));
        invalid.add(system.send("PUT", "settings", Map.of("maxRecipients", "many")));
        invalid.add(system.send("PUT", "settings", Map.of("mailLogDays", "-1")));
        invalid.add(system.send("PUT", "settings", Map.of("mailLogDays", "30", "hostName", "bad_name!")));
        assertThat(invalid).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(400));
        assertThat(invalid).extracting(r -> r.json().path("message").asText()).satisfiesExactly(
                m -> assertThat(m).startsWith("hostName: "),
                m -> assertThat(m).startsWith("maxMessageBytes: ").contains("between 1024"),
                m -> assertThat(m).startsWith("maxMessageBytes: "),
                m -> assertThat(m).isEqualTo("maxRecipients: 'many' is not a whole number"),
                m -> assertThat(m).startsWith("mailLogDays: "),
                m -> assertThat(m).startsWith("hostName: "));
        for (String key : List.of("hostName", "maxMessageBytes", "maxRecipients", "mailLogDays")) {
            assertThat(stored(key)).as("nothing stored for %s", key).isNull();
        }
        assertThat(setting("mailLogDays").path("value").asText()).as("the built-in default").isEqualTo("90");
    }

    @Test
    void theListenersAreListedWithTheirPortsAndState() throws IOException {
        JsonNode listeners = system.get("settings/listeners").expect(200).json();
        Map<Integer, JsonNode> byPort = new LinkedHashMap<>();
        listeners.forEach(l -> byPort.put(l.path("port").asInt(), l));
        assertThat(byPort).containsKeys(server.smtpPort(), server.submissionPort(), server.smtpsPort(),
                server.pop3Port(), server.imapPort());
        assertThat(byPort.get(server.smtpPort()).path("protocol").asText()).isEqualTo("SMTP");
        assertThat(byPort.get(server.submissionPort()).path("listener").asText()).isEqualToIgnoringCase("SMTP submission");
        assertThat(byPort.get(server.imapPort()).path("protocol").asText()).isEqualTo("IMAP");
        assertThat(listeners.findValuesAsText("up")).containsOnly("true");
        try (SmtpConnection open = SmtpConnection.open(FluteServer.HOST, server.smtpPort(), Duration.ofSeconds(30))) {
            open.greeting().require(220);
            JsonNode smtp = system.get("settings/listeners").expect(200).json();
            for (JsonNode l : smtp) {
                if (l.path("port").asInt() == server.smtpPort()) {
                    assertThat(l.path("activeSessions").asInt()).as("this connection").isGreaterThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void aDomainAdministratorMayNeitherReadNorChangeTheServerSettings() {
        String domain = "settings-" + tag + ".test";
        system.createDomain(domain);
        system.post("domains/" + domain + "/admins", Map.of("login", "da-" + tag, "password", "Domain-Admin-Pw-1"))
                .expect(201);
        FluteApi domainAdmin = system.as("da-" + tag, "Domain-Admin-Pw-1");
        domainAdmin.get("settings").expect(403);
        domainAdmin.get("settings/listeners").expect(403);
        ApiResponse refused = domainAdmin.send("PUT", "settings", Map.of("mailLogDays", "1"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("forbidden");
        assertThat(stored("mailLogDays")).isNull();

        system.send("PUT", "settings", Map.of("mailLogDays", "30")).expect(200);
        assertThat(setting("mailLogDays").path("value").asText()).isEqualTo("30");
    }

    private List<String> greetingAndEhlo() throws IOException {
        try (SmtpConnection smtp = SmtpConnection.open(FluteServer.HOST, server.smtpPort(), Duration.ofSeconds(30))) {
            String greeting = smtp.greeting().require(220).lines().get(0);
            return List.of(greeting, smtp.command("EHLO client.example").require(250).lines().get(0));
        }
    }

    /** The stored value, null when none is stored (the default applies). */
    private String stored(String key) {
        return setting(key).path("stored").asText(null);
    }

    private JsonNode setting(String key) {
        for (JsonNode s : system.get("settings").expect(200).json()) {
            if (s.path("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no setting " + key);
    }
}
