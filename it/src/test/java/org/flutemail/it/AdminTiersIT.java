package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.ServerJmx;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administration tiers over REST: a domain administrator reaches the accounts, aliases and DKIM keys
 * of their own domain and nothing else (403, and nothing changed), a user only the self-service API;
 * every change is in the audit log, which only the system administrator may search.
 */
@FluteServerTest(portOffset = 2400)
class AdminTiersIT {

    private static final String ADMIN_PASSWORD = "Domain-Admin-Pw-1";

    private final FluteServer server;
    private final FluteApi system;
    private String own;
    private String foreign;
    private String login;
    private FluteApi domainAdmin;
    private String foreignAccount;

    AdminTiersIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.system = api;
    }

    @BeforeEach
    void twoDomainsAndAnAdministratorOfOne() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        own = "own-" + tag + ".test";
        foreign = "foreign-" + tag + ".test";
        login = "da-" + tag;
        system.createDomain(own);
        system.createDomain(foreign);
        system.post("domains/" + own + "/admins", Map.of("login", login, "password", ADMIN_PASSWORD)).expect(201);
        domainAdmin = system.as(login, ADMIN_PASSWORD);
        foreignAccount = "victim@" + foreign;
        system.createAccount(foreignAccount, FluteApi.ACCOUNT_PASSWORD, "Victim");
    }

    @Test
    void aDomainAdministratorManagesTheirOwnDomain() {
        String account = "alice@" + own;

        domainAdmin.post("accounts", Map.of("address", account, "password", FluteApi.ACCOUNT_PASSWORD)).expect(201);
        domainAdmin.get("accounts/" + account).expect(200);
        domainAdmin.send("PUT", "accounts/" + account, Map.of("displayName", "Alice")).expect(200);
        domainAdmin.send("PUT", "accounts/" + account + "/password",
                Map.of("password", "Reset-Pass-123", "mustChange", true)).expect(204);
        domainAdmin.post("accounts/" + account + "/suspend", null).expect(200);
        domainAdmin.post("accounts/" + account + "/activate", null).expect(200);
        domainAdmin.get("accounts/" + account + "/mailboxes").expect(200);
        domainAdmin.post("aliases", Map.of("address", "team@" + own, "targets", List.of(account))).expect(201);
        domainAdmin.get("domains/" + own).expect(200);
        domainAdmin.get("domains/" + own + "/dkim").expect(200);
        domainAdmin.post("domains/" + own + "/dkim", Map.of("selector", "extra")).expect(201);
        domainAdmin.get("domains/" + own + "/admins").expect(200);

        assertThat(names(domainAdmin.get("domains").expect(200).json(), "name")).containsExactly(own);
        assertThat(names(domainAdmin.get("accounts").expect(200).json(), "address")).containsExactly(account);
        assertThat(names(domainAdmin.get("aliases").expect(200).json(), "address")).containsExactly("team@" + own);
        domainAdmin.delete("aliases/team@" + own).expect(204);
        domainAdmin.delete("accounts/" + account).expect(204);
    }

    @Test
    void aDomainAdministratorIsRefusedEverythingOutsideTheirDomains() {
        List<ApiResponse> refused = new ArrayList<>();
        refused.add(domainAdmin.post("domains", Map.of("name", "new-" + own)));
        refused.add(domainAdmin.post("domains/" + own + "/suspend", null));
        refused.add(domainAdmin.send("PUT", "domains/" + own + "/policy", Map.of("senderMustBeOwned", false)));
        refused.add(domainAdmin.delete("domains/" + own));
        refused.add(domainAdmin.post("domains/" + own + "/admins", Map.of("login", login + "-b", "password", ADMIN_PASSWORD)));
        refused.add(domainAdmin.delete("domains/" + own + "/admins/" + login));
        refused.add(domainAdmin.get("domains/" + foreign));
        refused.add(domainAdmin.get("domains/" + foreign + "/admins"));
        refused.add(domainAdmin.get("domains/" + foreign + "/dkim"));
        refused.add(domainAdmin.post("domains/" + foreign + "/dkim", Map.of("selector", "evil")));
        refused.add(domainAdmin.get("accounts?domain=" + foreign));
        refused.add(domainAdmin.post("accounts", Map.of("address", "intruder@" + foreign, "password", FluteApi.ACCOUNT_PASSWORD)));
        refused.add(domainAdmin.get("accounts/" + foreignAccount));
        refused.add(domainAdmin.send("PUT", "accounts/" + foreignAccount, Map.of("displayName", "Owned")));
        refused.add(domainAdmin.send("PUT", "accounts/" + foreignAccount + "/password", Map.of("password", "Taken-Over-123")));
        refused.add(domainAdmin.post("accounts/" + foreignAccount + "/suspend", null));
        refused.add(domainAdmin.get("accounts/" + foreignAccount + "/mailboxes"));
        refused.add(domainAdmin.get("accounts/" + foreignAccount + "/fetch-accounts"));
        refused.add(domainAdmin.delete("accounts/" + foreignAccount));
        refused.add(domainAdmin.get("aliases?domain=" + foreign));
        refused.add(domainAdmin.post("aliases", Map.of("address", "catch@" + foreign, "targets", List.of(foreignAccount))));
        refused.add(domainAdmin.get("queue"));
        refused.add(domainAdmin.get("tls/certificate"));
        refused.add(domainAdmin.send("PUT", "tls/certificate", Map.of("certificate", "x", "privateKey", "y")));
        refused.add(domainAdmin.get("migrations"));
        refused.add(domainAdmin.get("audit"));
        refused.add(domainAdmin.get("metrics"));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as("%s", response).isEqualTo(403);
            assertThat(response.json().path("error").asText()).as("%s", response).isEqualTo("forbidden");
        });
        JsonNode victim = system.get("accounts/" + foreignAccount).expect(200).json();
        assertThat(victim.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(victim.path("displayName").asText()).isEqualTo("Victim");
        system.get("accounts/intruder@" + foreign).expect(404);
        system.get("domains/new-" + own).expect(404);
        assertThat(system.get("domains/" + own).expect(200).json().path("state").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void aCsvImportOfADomainAdministratorCreatesOnlyTheRowsOfTheirDomains() {
        String csv = "address,password\nbulk@" + own + ",Bulk-Pass-123\nbulk@" + foreign + ",Bulk-Pass-123\n";

        JsonNode result = domainAdmin.sendRaw("POST", "accounts/import", csv.getBytes(StandardCharsets.UTF_8),
                "text/csv").expect(200).json();

        assertThat(result.path("created").asInt()).isEqualTo(1);
        assertThat(result.path("accounts").get(1).path("error").asText()).contains("do not administer");
        system.get("accounts/bulk@" + own).expect(200);
        system.get("accounts/bulk@" + foreign).expect(404);
    }

    @Test
    void aUserReachesOnlyTheSelfServiceApi() {
        FluteApi user = system.as(foreignAccount, FluteApi.ACCOUNT_PASSWORD);

        assertThat(user.get("self").expect(200).json().path("address").asText()).isEqualTo(foreignAccount);
        for (String path : List.of("domains", "accounts", "accounts/" + foreignAccount, "aliases", "audit", "queue",
                "domains/" + foreign + "/dkim")) {
            assertThat(user.get(path).status()).as("GET %s as a user", path).isEqualTo(403);
        }
        assertThat(user.post("accounts/" + foreignAccount + "/suspend", null).status()).isEqualTo(403);
        assertThat(domainAdmin.get("self").status()).as("an administrator has no own account").isEqualTo(403);
    }

    @Test
    void aRevokedDomainIsRefusedAtTheNextCall() {
        domainAdmin.get("domains/" + own).expect(200);

        system.delete("domains/" + own + "/admins/" + login).expect(204);

        assertThat(domainAdmin.get("domains/" + own).status()).isEqualTo(403);
        assertThat(names(domainAdmin.get("domains").expect(200).json(), "name")).isEmpty();
        system.post("domains/" + own + "/admins", Map.of("login", login)).expect(201);
        domainAdmin.get("domains/" + own).expect(200);
    }

    @Test
    void everyChangeIsInTheAuditLogWithWhoWhenWhereAndWhat() {
        Instant before = Instant.now().minusSeconds(5);
        String account = "audited@" + own;
        domainAdmin.post("accounts", Map.of("address", account, "password", FluteApi.ACCOUNT_PASSWORD)).expect(201);
        domainAdmin.send("PUT", "accounts/" + account, Map.of("displayName", "Audited Person")).expect(200);
        domainAdmin.post("accounts/" + account + "/suspend", null).expect(200);
        domainAdmin.send("PUT", "accounts/" + account + "/password", Map.of("password", "Reset-Pass-456")).expect(204);

        JsonNode page = system.get("audit?actor=" + login + "&target=" + account).expect(200).json();

        assertThat(page.path("total").asInt()).isEqualTo(4);
        List<String> actions = names(page.path("entries"), "action");
        assertThat(actions).containsExactly("account.password-reset", "account.suspend", "account.update",
                "account.create");
        JsonNode suspend = page.path("entries").get(1);
        assertThat(suspend.path("actor").asText()).isEqualTo(login);
        assertThat(suspend.path("actorTier").asText()).isEqualTo("DOMAIN");
        assertThat(suspend.path("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(suspend.path("domain").asText()).isEqualTo(own);
        assertThat(suspend.path("detail").asText()).isEqualTo("state: ACTIVE -> SUSPENDED");
        assertThat(Instant.parse(suspend.path("at").asText())).isAfter(before);
        assertThat(page.path("entries").get(2).path("detail").asText()).contains("displayName: null -> Audited Person");
        assertThat(page.path("entries").get(0).path("detail").asText()).doesNotContain("Reset-Pass-456");

        JsonNode created = system.get("audit?action=administrator.create&target=" + login).expect(200).json();
        assertThat(created.path("total").asInt()).isEqualTo(1);
        assertThat(created.path("entries").get(0).path("actor").asText()).isEqualTo("admin");
        assertThat(created.path("entries").get(0).path("actorTier").asText()).isEqualTo("SYSTEM");

        JsonNode onePerPage = system.get("audit?actor=" + login + "&size=1&page=1").expect(200).json();
        assertThat(onePerPage.path("total").asInt()).isEqualTo(4);
        assertThat(names(onePerPage.path("entries"), "action")).containsExactly("account.suspend");
        assertThat(system.get("audit?actor=" + login + "&from=" + Instant.now().plusSeconds(3600)).expect(200).json()
                .path("total").asInt()).isZero();
        assertThat(system.get("audit?domain=" + own + "&action=domain.create").expect(200).json().path("total").asInt())
                .isEqualTo(1);
        assertThat(system.get("audit?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void aMessageSentWithSmtplibMovesTheCountersOnTheScrapeEndpointAndOverJmx() throws Exception {
        String account = "counted@" + own;
        system.createAccount(account, FluteApi.ACCOUNT_PASSWORD, "Counted");
        Map<String, Double> before = scrape();
        assertThat(before).containsKeys("flute_host_database_reachable", "flute_queues_spool_accepted",
                "flute_queues_outbound_waiting", "flute_queues_outbound_retrying", "flute_queues_outbound_failed",
                "flute_host_data_directory_free_bytes", "flute_host_heap_used_bytes",
                "flute_logins_succeeded_total{protocol=\"IMAP\"}");
        assertThat(before.get("flute_host_database_reachable")).isEqualTo(1.0);
        assertThat(before.get("flute_listener_up{port=\"" + server.smtpPort() + "\",protocol=\"SMTP\"}")).isEqualTo(1.0);
        long jmxAccepted;
        try (ServerJmx jmx = ServerJmx.attach(server)) {
            jmxAccepted = (Long) jmx.attribute("org.flutemail:type=Messages", "AcceptedTotal");
        }

        TestMessages.RawMessage message = TestMessages.simple(account, "counted");
        PythonSmtp.Result sent = new PythonSmtp(server).send(TestMessages.SENDER,
                List.of(account, "nobody-here@" + own), message.bytes());
        assertThat(sent.refused()).as("%s", sent).containsOnlyKeys("nobody-here@" + own);
        new MailboxProbe(system).awaitInInbox(account, message.messageId());

        Map<String, Double> after = scrape();
        assertThat(after.get("flute_messages_accepted_total")).isEqualTo(before.get("flute_messages_accepted_total") + 1);
        assertThat(after.get("flute_messages_rejected_total")).isGreaterThanOrEqualTo(
                before.get("flute_messages_rejected_total") + 1);
        assertThat(after.get("flute_messages_delivered_total")).isGreaterThanOrEqualTo(
                before.get("flute_messages_delivered_total") + 1);
        try (ServerJmx jmx = ServerJmx.attach(server)) {
            assertThat((Long) jmx.attribute("org.flutemail:type=Messages", "AcceptedTotal")).isEqualTo(jmxAccepted + 1);
            assertThat((Boolean) jmx.attribute("org.flutemail:type=Host", "DatabaseReachable")).isTrue();
            assertThat((Integer) jmx.attribute("org.flutemail:type=Listener,protocol=SMTP,port=" + server.smtpPort(),
                    "ActiveSessions")).isGreaterThanOrEqualTo(0);
        }
    }

    /** The scrape as sample (name with labels) -> value; fails unless every line is a comment or a sample. */
    private Map<String, Double> scrape() {
        ApiResponse response = system.get("metrics").expect(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        Map<String, Double> samples = new java.util.HashMap<>();
        for (String line : response.text().split("\n")) {
            if (line.isEmpty() || line.startsWith("# ")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.path(field).asText()));
        return names;
    }
}
