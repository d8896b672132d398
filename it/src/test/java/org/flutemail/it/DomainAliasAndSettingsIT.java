package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.PythonSubmission;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FakeSmtpPeer;
import org.flutemail.it.support.SmtpConnection;
import org.flutemail.it.support.SmtpConnection.Reply;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Domain aliases (mail to x@alias reaches x@domain, with smtplib and imaplib), the declared SIZE of
 * MAIL FROM refused at RCPT by a domain's limit, server settings that apply without a restart (trusted
 * networks, smart host), the DNS records of a domain, an account's aliases, a domain's own queue, a
 * class losing FETCH; each endpoint with its bad input and its refusals to a domain administrator.
 */
@FluteServerTest(portOffset = 2700)
class DomainAliasAndSettingsIT {

    private static final String ADMIN_PASSWORD = "Domain-Admin-Pw-1";
    /** The fake smart host's port: above every port of the test servers' offsets. */
    private static final int SMART_HOST_PORT = 14725;

    private final FluteServer server;
    private final FluteApi system;
    private final MailboxProbe probe;
    private String domain;
    private String alias;
    private String foreign;
    private FluteApi domainAdmin;

    DomainAliasAndSettingsIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.system = api;
        this.probe = probe;
    }

    @BeforeEach
    void aDomainItsAdministratorAndAForeignDomain() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "real-" + tag + ".test";
        alias = "other-" + tag + ".test";
        foreign = "foreign-" + tag + ".test";
        system.createDomain(domain);
        system.createDomain(foreign);
        system.post("domains/" + domain + "/admins", Map.of("login", "da-" + tag, "password", ADMIN_PASSWORD))
                .expect(201);
        domainAdmin = system.as("da-" + tag, ADMIN_PASSWORD);
    }

    @Test
    void mailToADomainAliasIsDeliveredToTheSameNameInTheRealDomain() throws IOException {
        String x = "x@" + domain;
        system.createAccount(x, FluteApi.ACCOUNT_PASSWORD, "X");
        assertThat(rcpt("x@" + alias).code()).as("not local before the alias exists").isEqualTo(550);

        assertThat(texts(system.post("domains/" + domain + "/aliases", Map.of("name", alias.toUpperCase()))
                .expect(200).json())).containsExactly(alias);
        TestMessages.RawMessage message = TestMessages.simple("x@" + alias, "via the alias");
        assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of("x@" + alias), message.bytes()).sent())
                .isTrue();
        probe.awaitInInbox(x, message.messageId());
        PythonImap.Run imap = PythonImap.withStartTls(server).session("x", x, FluteApi.ACCOUNT_PASSWORD)
                .step("x", "select", "INBOX")
                .step("x", "search", "", "HEADER", "Message-ID", "\"" + message.messageId() + "\"")
                .run();
        assertThat(imap.result(1).lines()).singleElement().asString().matches("\\d+");
        Reply unknown = rcpt("nobody@" + alias);
        assertThat(unknown.code()).as("a local domain now: unknown user, not relay denied").isEqualTo(550);
        assertThat(unknown.text()).startsWith("5.1.1");

        assertThat(texts(system.delete("domains/" + domain + "/aliases/" + alias).expect(200).json())).isEmpty();
        assertThat(rcpt("x@" + alias).text()).as("forgotten at once").startsWith("5.7.1");
        JsonNode audit = system.get("audit?action=domain.alias&domain=" + domain).expect(200).json();
        assertThat(audit.findValuesAsText("action")).containsExactlyInAnyOrder("domain.alias.add", "domain.alias.remove");
    }

    @Test
    void domainAliasesRefuseBadInputAndForeignCallersAndChangeNothing() {
        String path = "domains/" + domain + "/aliases";
        system.post(path, Map.of("name", alias)).expect(200);

        List<ApiResponse> invalid = new ArrayList<>();
        invalid.add(system.post(path, Map.of()));
        invalid.add(system.post(path, Map.of("name", "not a domain!")));
        invalid.add(system.post(path, Map.of("name", domain)));
        invalid.add(system.sendRaw("POST", path, "{\"name\":".getBytes(), "application/json"));
        assertThat(invalid).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(400));
        assertThat(invalid.get(0).json().path("message").asText()).contains("'name'");
        assertThat(system.post(path, Map.of("name", foreign)).expect(409).json().path("message").asText())
                .contains("is a domain already");
        assertThat(system.post("domains/" + foreign + "/aliases", Map.of("name", alias)).expect(409).text())
                .contains("alias already");
        assertThat(system.post("domains/" + alias + "/aliases", Map.of("name", "x-" + alias)).status()).isEqualTo(404);
        system.delete("domains/" + foreign + "/aliases/" + alias).expect(404);
        system.post("domains", Map.of("name", alias)).expect(409);

        domainAdmin.get(path).expect(200);
        List<ApiResponse> refused = List.of(
                domainAdmin.post(path, Map.of("name", "mine-" + alias)),
                domainAdmin.delete(path + "/" + alias),
                domainAdmin.get("domains/" + foreign + "/aliases"),
                domainAdmin.post("domains/" + foreign + "/aliases", Map.of("name", "evil-" + alias)));
        assertThat(refused).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(403));

        assertThat(texts(system.get(path).expect(200).json())).containsExactly(alias);
        assertThat(texts(system.get("domains/" + foreign + "/aliases").expect(200).json())).isEmpty();
    }

    /** smtplib declares every message's size at MAIL FROM (RFC 1870) when the server offers SIZE. */
    @Test
    void theSizeDeclaredAtMailFromIsRefusedAtRcptByTheRecipientDomainsLimit() {
        String small = "small@" + domain;
        system.createAccount(small, FluteApi.ACCOUNT_PASSWORD, "Small");
        system.send("PUT", "domains/" + domain + "/limits", Map.of("maxMessageBytes", 100_000)).expect(200);
        TestMessages.RawMessage big = TestMessages.tricky(small);
        assertThat(big.bytes().length).isGreaterThan(100_000);
        String other = "postmaster@" + FluteServer.DOMAIN;

        PythonSmtp.Result refused = new PythonSmtp(server).send(TestMessages.SENDER, List.of(small, other), big.bytes());
        assertThat(refused.refused()).as("only the recipient whose domain allows less").containsOnlyKeys(small);
        assertThat(refused.refused().get(small).code()).isEqualTo(552);
        assertThat(refused.refused().get(small).text()).startsWith("5.3.4").contains("100000").contains(domain);

        TestMessages.RawMessage fits = TestMessages.simple(small, "small enough");
        assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of(small), fits.bytes()).sent()).isTrue();
        probe.awaitInInbox(small, fits.messageId());
        assertThat(probe.countInInbox(small, big.messageId())).isZero();
    }

    @Test
    void trustedRelayNetworksApplyAtTheNextRcptWithoutARestart() throws IOException {
        assertThat(absent(setting(system, "relayNetworks").path("stored"))).isTrue();
        assertThat(rcpt("someone@remote.test").text()).startsWith("5.7.1");
        try {
            system.send("PUT", "settings", Map.of("relayNetworks", "127.0.0.0/8")).expect(200);
            assertThat(rcpt("someone@remote.test").code()).as("trusted now").isEqualTo(250);

            List<ApiResponse> invalid = List.of(
                    system.send("PUT", "settings", Map.of("relayNetworks", "300.1.1.1/8")),
                    system.send("PUT", "settings", Map.of("relayNetworks", "10.0.0.0/8", "smartHost", "relay:99999")),
                    system.send("PUT", "settings", Map.of("colour", "blue")),
                    system.send("PUT", "settings", Map.of()));
            assertThat(invalid).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(400));
            assertThat(invalid.get(0).json().path("message").asText()).contains("relayNetworks");
            assertThat(invalid.get(2).json().path("message").asText()).contains("colour");
            domainAdmin.get("settings").expect(403);
            domainAdmin.send("PUT", "settings", Map.of("relayNetworks", "0.0.0.0/0")).expect(403);
            assertThat(setting(system, "relayNetworks").path("stored").asText()).isEqualTo("127.0.0.0/8");
            assertThat(absent(setting(system, "smartHost").path("stored"))).as("nothing of a refused change").isTrue();
        } finally {
            system.send("PUT", "settings", Map.of("relayNetworks", "")).expect(200);
        }
        assertThat(rcpt("someone@remote.test").text()).as("back to the default").startsWith("5.7.1");
        assertThat(system.get("audit?action=settings.update").expect(200).json().findValuesAsText("detail"))
                .anySatisfy(d -> assertThat(d).contains("relayNetworks: (default) -> 127.0.0.0/8"));
    }

    @Test
    void theDnsRecordsOfADomainAreShownToItsAdministratorsOnly() {
        JsonNode records = domainAdmin.get("domains/" + domain + "/dns").expect(200).json();
        assertThat(records.findValuesAsText("type")).containsExactly("MX", "SPF", "DKIM", "DMARC");
        assertThat(records.get(2).path("expected").asText()).startsWith("v=DKIM1").contains("p=");
        assertThat(records.get(3).path("name").asText()).isEqualTo("_dmarc." + domain);
        domainAdmin.get("domains/" + foreign + "/dns").expect(403);
        domainAdmin.get("domains/" + foreign + "/dns/check").expect(403);
        system.get("domains/no-such-" + domain + "/dns").expect(404);
    }

    @Test
    void aFetchAccountStopsWhenItsOwnersClassLosesFetch() {
        String owner = "fetcher@" + domain;
        system.createAccount(owner, FluteApi.ACCOUNT_PASSWORD, "Fetcher");
        Map<String, Object> settings = new java.util.HashMap<>(Map.of("protocol", "POP3", "host", "127.0.0.1",
                "port", 9, "tls", "NONE", "user", "someone", "password", "secret", "enabled", false));
        String path = "accounts/" + owner + "/fetch-accounts";
        long id = system.post(path, settings).expect(201).json().path("id").asLong();
        String noFetch = "nofetch-" + domain.substring(5, 11);
        system.post("classes-of-service", Map.of("name", noFetch, "access", List.of("IMAP", "WEBMAIL"))).expect(201);
        system.send("PUT", "accounts/" + owner + "/class-of-service", Map.of("name", noFetch)).expect(200);

        JsonNode outcome = system.post(path + "/" + id + "/collect", null).expect(200).json();
        assertThat(outcome.path("errorKind").asText()).isEqualTo("NOT_ALLOWED");
        assertThat(outcome.path("error").asText()).contains("does not allow the fetch agent");
        system.send("PUT", "accounts/" + owner + "/class-of-service", Map.of()).expect(200);
        assertThat(system.post(path + "/" + id + "/collect", null).expect(200).json().path("errorKind").asText())
                .as("allowed again: it tries the (closed) port").isNotEqualTo("NOT_ALLOWED");
    }

    @Test
    void theAliasesOfAnAccountAreAddedAndRemovedThroughTheAccount() {
        String bob = "bob@" + domain;
        String carol = "carol@" + domain;
        system.createAccount(bob, FluteApi.ACCOUNT_PASSWORD, "Bob");
        system.createAccount(carol, FluteApi.ACCOUNT_PASSWORD, "Carol");
        String path = "accounts/" + bob + "/aliases";
        domainAdmin.post(path, Map.of("address", "sales@" + domain)).expect(200);
        domainAdmin.post("accounts/" + carol + "/aliases", Map.of("address", "sales@" + domain)).expect(200);
        assertThat(system.get("aliases/sales@" + domain).expect(200).json().path("targets")).hasSize(2);
        assertThat(domainAdmin.get(path).expect(200).json().findValuesAsText("address")).containsExactly("sales@" + domain);

        List<ApiResponse> invalid = List.of(domainAdmin.post(path, Map.of()),
                domainAdmin.post(path, Map.of("address", "not an address")),
                domainAdmin.post(path, Map.of("address", bob)));
        assertThat(invalid).extracting(ApiResponse::status).containsExactly(400, 400, 409);
        assertThat(domainAdmin.post(path, Map.of("address", "sales@" + domain)).status()).as("twice").isEqualTo(409);
        List<ApiResponse> refused = List.of(
                domainAdmin.post(path, Map.of("address", "sales@" + foreign)),
                domainAdmin.get("accounts/victim@" + foreign + "/aliases"),
                domainAdmin.delete("accounts/victim@" + foreign + "/aliases/x@" + foreign));
        assertThat(refused).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(403));

        domainAdmin.delete(path + "/sales@" + domain).expect(204);
        assertThat(system.get("aliases/sales@" + domain).expect(200).json().path("targets").get(0).asText())
                .isEqualTo(carol);
        domainAdmin.delete("accounts/" + carol + "/aliases/sales@" + domain).expect(204);
        system.get("aliases/sales@" + domain).expect(404);
        domainAdmin.delete(path + "/sales@" + domain).expect(404);
    }

    @Test
    void aStoredSmartHostTakesTheNextDeliveryAndADomainAdministratorSeesItInTheirQueueOnly() throws IOException {
        String sender = "sender@" + domain;
        system.createAccount(sender, FluteApi.ACCOUNT_PASSWORD, "Sender");
        system.send("PUT", "settings", Map.of("smartHost", "127.0.0.1:" + SMART_HOST_PORT)).expect(200);
        try (FakeSmtpPeer smartHost = new FakeSmtpPeer(SMART_HOST_PORT)) {
            smartHost.answerRcpt("far@remote.test", "451 4.3.0 Try again later");
            PythonSubmission.Result sent = new PythonSubmission(server.submissionPort()).startTls()
                    .login(sender, FluteApi.ACCOUNT_PASSWORD)
                    .send(sender, List.of("far@remote.test"), TestMessages.simple("far@remote.test", "out").from(sender).bytes());
            assertThat(sent.sent()).isTrue();
            JsonNode waiting = Eventually.await("a delivery from " + sender + " tried at the smart host",
                    Duration.ofSeconds(60), () -> {
                        JsonNode listed = domainAdmin.get("domains/" + domain + "/queue").expect(200).json();
                        return listed.size() == 1 && listed.get(0).path("attempts").asInt() >= 1
                                ? Optional.of(listed.get(0)) : Optional.empty();
                    }, () -> domainAdmin.get("domains/" + domain + "/queue").text());
            assertThat(waiting.path("sender").asText()).isEqualTo(sender);
            assertThat(smartHost.attemptedRecipients()).as("the stored smart host, not DNS").contains("far@remote.test");
            assertThat(system.get("domains/" + foreign + "/queue").expect(200).json()).isEmpty();
            domainAdmin.get("domains/" + foreign + "/queue").expect(403);
            domainAdmin.get("queue").expect(403);
            domainAdmin.delete("queue/" + waiting.path("id").asLong()).expect(403);
            system.delete("queue/" + waiting.path("id").asLong()).expect(204);
        } finally {
            system.send("PUT", "settings", Map.of("smartHost", "")).expect(200);
        }
    }

    private Reply rcpt(String recipient) throws IOException {
        try (SmtpConnection smtp = SmtpConnection.openSession(FluteServer.HOST, server.smtpPort(), Duration.ofSeconds(30))) {
            smtp.command("MAIL FROM:<someone@elsewhere.test>").require(250);
            return smtp.command("RCPT TO:<" + recipient + ">");
        }
    }

    private static JsonNode setting(FluteApi api, String key) {
        for (JsonNode s : api.get("settings").expect(200).json()) {
            if (s.path("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no setting " + key);
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
