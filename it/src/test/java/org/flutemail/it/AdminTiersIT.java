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
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonPop3;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.PythonSubmission;
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
        domainAdmin.post("lists", Map.of("address", "news@" + own, "name", "News", "members", List.of(account)))
                .expect(201);
        domainAdmin.send("PUT", "lists/news@" + own, Map.of("postingPolicy", "MODERATORS")).expect(200);
        domainAdmin.delete("lists/news@" + own + "/members/" + account).expect(200);
        domainAdmin.post("lists/news@" + own + "/members", Map.of("address", account)).expect(200);
        domainAdmin.get("lists/news@" + own + "/held").expect(200);
        domainAdmin.get("domains/" + own).expect(200);
        domainAdmin.get("domains/" + own + "/dkim").expect(200);
        domainAdmin.post("domains/" + own + "/dkim", Map.of("selector", "extra")).expect(201);
        domainAdmin.get("domains/" + own + "/admins").expect(200);

        assertThat(names(domainAdmin.get("domains").expect(200).json(), "name")).containsExactly(own);
        assertThat(names(domainAdmin.get("accounts").expect(200).json(), "address")).containsExactly(account);
        assertThat(names(domainAdmin.get("aliases").expect(200).json(), "address")).containsExactly("team@" + own);
        assertThat(names(domainAdmin.get("lists").expect(200).json(), "address")).containsExactly("news@" + own);
        domainAdmin.delete("aliases/team@" + own).expect(204);
        domainAdmin.delete("lists/news@" + own).expect(204);
        domainAdmin.delete("accounts/" + account).expect(204);
    }

    @Test
    void aDomainAdministratorIsRefusedEverythingOutsideTheirDomains() {
        List<ApiResponse> refused = new ArrayList<>();
        refused.add(domainAdmin.post("domains", Map.of("name", "new-" + own)));
        refused.add(domainAdmin.post("domains/" + own + "/suspend", null));
        refused.add(domainAdmin.send("PUT", "domains/" + own + "/policy", Map.of("senderMustBeOwned", false)));
        refused.add(domainAdmin.delete("domains/" + own));
        refused.add(domainAdmin.post("domains/" + own + "/restore", null));
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
        String foreignList = "staff@" + foreign;
        system.post("lists", Map.of("address", foreignList, "name", "Staff", "members", List.of(foreignAccount)))
                .expect(201);
        refused.add(domainAdmin.get("lists?domain=" + foreign));
        refused.add(domainAdmin.post("lists", Map.of("address", "leak@" + foreign, "name", "Leak")));
        refused.add(domainAdmin.get("lists/" + foreignList));
        refused.add(domainAdmin.send("PUT", "lists/" + foreignList, Map.of("postingPolicy", "ANYONE")));
        refused.add(domainAdmin.post("lists/" + foreignList + "/members", Map.of("address", "spy@" + own)));
        refused.add(domainAdmin.delete("lists/" + foreignList + "/members/" + foreignAccount));
        refused.add(domainAdmin.get("lists/" + foreignList + "/held"));
        refused.add(domainAdmin.post("lists/" + foreignList + "/held/1/approve", null));
        refused.add(domainAdmin.delete("lists/" + foreignList + "/held/1"));
        refused.add(domainAdmin.delete("lists/" + foreignList));
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
        JsonNode staff = system.get("lists/" + foreignList).expect(200).json();
        assertThat(staff.path("postingPolicy").asText()).isEqualTo("MEMBERS");
        assertThat(staff.path("members").get(0).asText()).isEqualTo(foreignAccount);
        assertThat(staff.path("members")).hasSize(1);
        system.get("lists/leak@" + foreign).expect(404);
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
        for (String path : List.of("domains", "accounts", "accounts/" + foreignAccount, "aliases", "lists", "audit", "queue",
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
                "flute_queues_dead_lettered",
                "flute_host_data_directory_free_bytes", "flute_host_heap_used_bytes",
                "flute_logins_succeeded_total{protocol=\"IMAP\"}", "flute_content_sweep_removed_total",
                "flute_content_sweep_sweeps_total");
        assertThat(before.get("flute_host_database_reachable")).isEqualTo(1.0);
        assertThat(before.get("flute_listener_up{port=\"" + server.smtpPort() + "\",protocol=\"SMTP\"}")).isEqualTo(1.0);
        long jmxAccepted;
        try (ServerJmx jmx = ServerJmx.attach(server)) {
            jmxAccepted = (Long) jmx.attribute("org.flutemail:type=Messages", "AcceptedTotal");
            Number brokerCount = (Number) jmx.attribute(
                    "jboss.as:subsystem=messaging-activemq,server=default,jms-queue=FluteDLQ", "messageCount");
            assertThat(before.get("flute_queues_dead_lettered")).as("the dead letters as the broker counts them")
                    .isEqualTo(brokerCount.doubleValue());
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

    @Test
    void aLoginOverAnAccessTheClassOfServiceDeniesIsRefusedLikeAWrongPassword() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String imapOnly = "imap-only-" + tag;
        String popOnly = "pop-only-" + tag;
        system.post("classes-of-service", Map.of("name", imapOnly, "access", List.of("IMAP", "WEBMAIL"))).expect(201);
        system.post("classes-of-service", Map.of("name", popOnly, "quotaBytes", 1_000_000,
                "access", List.of("pop3"))).expect(201);
        assertThat(names(domainAdmin.get("classes-of-service").expect(200).json(), "name")).contains(imapOnly, popOnly);

        String bob = "bob@" + own;
        domainAdmin.post("accounts", Map.of("address", bob, "password", FluteApi.ACCOUNT_PASSWORD)).expect(201);
        JsonNode assigned = domainAdmin.send("PUT", "accounts/" + bob + "/class-of-service", Map.of("name", imapOnly))
                .expect(200).json();
        assertThat(assigned.path("classOfService").asText()).isEqualTo(imapOnly);

        String wrongPassword = PythonPop3.withStls(server).session(bob, "Wrong-Pass-123", "stat").error();
        assertThat(wrongPassword).isEqualTo("-ERR [AUTH] invalid user name or password");
        assertThat(PythonPop3.withStls(server).session(bob, FluteApi.ACCOUNT_PASSWORD, "stat", "quit").error())
                .isEqualTo(wrongPassword);
        assertThat(PythonImap.withStartTls(server).step("b", "login_as", bob, FluteApi.ACCOUNT_PASSWORD).run()
                .result(0).typ()).isEqualTo("OK");
        PythonSubmission.Result submission = new PythonSubmission(server.submissionPort()).startTls()
                .login(bob, FluteApi.ACCOUNT_PASSWORD)
                .send(bob, List.of(bob), TestMessages.simple(bob, "no smtp").from(bob).bytes());
        assertThat(submission.sent()).isFalse();
        assertThat(submission.code()).isEqualTo(535);

        // An account without a class of its own follows its domain's default, set by the system administrator.
        system.send("PUT", "domains/" + own + "/limits", Map.of("defaultClassOfService", popOnly)).expect(200);
        String carol = "carol@" + own;
        domainAdmin.post("accounts", Map.of("address", carol, "password", FluteApi.ACCOUNT_PASSWORD)).expect(201);
        PythonImap.Run imap = PythonImap.withStartTls(server)
                .step("w", "login_as", carol, "Wrong-Pass-123")
                .step("c", "login_as", carol, FluteApi.ACCOUNT_PASSWORD)
                .run();
        assertThat(imap.result(0).error()).contains("AUTHENTICATIONFAILED");
        assertThat(imap.result(1).error()).isEqualTo(imap.result(0).error());
        assertThat(PythonPop3.withStls(server).session(carol, FluteApi.ACCOUNT_PASSWORD, "stat", "quit").error()).isNull();

        // Given back to its domain's default, bob is a POP3 user now.
        domainAdmin.send("PUT", "accounts/" + bob + "/class-of-service", Map.of()).expect(200);
        assertThat(PythonPop3.withStls(server).session(bob, FluteApi.ACCOUNT_PASSWORD, "stat", "quit").error()).isNull();

        List<ApiResponse> refused = new ArrayList<>();
        refused.add(domainAdmin.post("classes-of-service", Map.of("name", "mine-" + tag, "access", List.of("IMAP"))));
        refused.add(domainAdmin.send("PUT", "classes-of-service/" + popOnly, Map.of("access", List.of("IMAP", "POP3"))));
        refused.add(domainAdmin.delete("classes-of-service/" + imapOnly));
        refused.add(domainAdmin.send("PUT", "domains/" + own + "/limits", Map.of("maxAccounts", 1000)));
        refused.add(domainAdmin.send("PUT", "accounts/" + foreignAccount + "/class-of-service", Map.of("name", popOnly)));
        assertThat(refused).allSatisfy(response -> assertThat(response.status()).as("%s", response).isEqualTo(403));
        assertThat(system.get("accounts/" + foreignAccount).expect(200).json().path("classOfService").asText(null)).isNull();
        system.get("classes-of-service/mine-" + tag).expect(404);

        assertThat(system.post("classes-of-service", Map.of("name", "bad-" + tag, "access", List.of("TELNET")))
                .status()).isEqualTo(400);
        system.get("classes-of-service/bad-" + tag).expect(404);
        assertThat(system.post("classes-of-service", Map.of("name", popOnly, "access", List.of()))
                .status()).isEqualTo(409);
        assertThat(system.delete("classes-of-service/" + popOnly).status()).isEqualTo(409);

        JsonNode audit = system.get("audit?action=class-of-service.create&target=" + imapOnly).expect(200).json();
        assertThat(audit.toString()).contains("class-of-service.create");
        JsonNode assignment = system.get("audit?action=account.class-of-service&target=" + bob).expect(200).json();
        assertThat(assignment.toString()).contains("classOfService: null -> " + imapOnly);
    }

    @Test
    void aDomainTakesNoMoreAccountsThanItsLimit() {
        JsonNode limited = system.send("PUT", "domains/" + own + "/limits",
                Map.of("maxAccounts", 1, "maxMessageBytes", 20_000)).expect(200).json();
        assertThat(limited.path("maxAccounts").asInt()).isEqualTo(1);
        assertThat(limited.path("maxMessageBytes").asLong()).isEqualTo(20_000L);

        String first = "first@" + own;
        domainAdmin.post("accounts", Map.of("address", first, "password", FluteApi.ACCOUNT_PASSWORD)).expect(201);
        ApiResponse second = domainAdmin.post("accounts", Map.of("address", "second@" + own,
                "password", FluteApi.ACCOUNT_PASSWORD));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("message").asText()).contains("maximum of 1 accounts");
        system.get("accounts/second@" + own).expect(404);
        assertThat(system.get("domains/" + own).expect(200).json().path("accounts").asInt()).isEqualTo(1);

        // The domain's largest message: smtplib declares the size at MAIL FROM, so the recipient is refused
        // permanently at RCPT, before any data; nothing is stored. A small one passes.
        PythonSmtp.Result tooLarge = new PythonSmtp(server).send(TestMessages.SENDER, List.of(first),
                TestMessages.ofSize(first, 30_000).bytes());
        assertThat(tooLarge.sent()).as("%s", tooLarge).isFalse();
        assertThat(tooLarge.refused()).as("%s", tooLarge).containsKey(first);
        assertThat(tooLarge.refused().get(first).code()).isEqualTo(552);
        assertThat(tooLarge.refused().get(first).text()).contains("exceeds the limit of 20000 octets of domain " + own);
        TestMessages.RawMessage small = TestMessages.ofSize(first, 10_000);
        assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of(first), small.bytes()).sent()).isTrue();
        new MailboxProbe(system).awaitInInbox(first, small.messageId());
        int stored = 0;
        for (JsonNode mailbox : system.get("accounts/" + first + "/mailboxes").expect(200).json()) {
            stored += mailbox.path("messages").asInt();
        }
        assertThat(stored).isEqualTo(1);

        assertThat(system.send("PUT", "domains/" + own + "/limits", Map.of("maxAccounts", -1)).status()).isEqualTo(400);
        assertThat(system.get("domains/" + own).expect(200).json().path("maxAccounts").asInt()).isEqualTo(1);
        assertThat(system.send("PUT", "domains/" + own + "/limits", Map.of("defaultClassOfService", "no-such-class"))
                .status()).isEqualTo(404);
    }

    @Test
    void aMessageSentWithSmtplibIsTracedToTheMailboxItWasDeliveredTo() {
        String account = "traced@" + own;
        system.createAccount(account, FluteApi.ACCOUNT_PASSWORD, "Traced");
        Instant before = Instant.now().minusSeconds(60);
        TestMessages.RawMessage message = TestMessages.simple(account, "trace me");
        assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of(account), message.bytes()).sent()).isTrue();
        new MailboxProbe(system).awaitInInbox(account, message.messageId());

        JsonNode byRecipient = system.get("trace?recipient=" + account).expect(200).json();
        assertThat(byRecipient.size()).as("%s", byRecipient).isEqualTo(1);
        JsonNode trace = byRecipient.get(0);
        assertThat(trace.path("sender").asText()).isEqualTo(TestMessages.SENDER);
        assertThat(trace.path("recipients").toString()).isEqualTo("[\"" + account + "\"]");
        assertThat(trace.path("state").asText()).isEqualTo("DONE");
        assertThat(trace.path("delivered").size()).isEqualTo(1);
        assertThat(trace.path("delivered").get(0).path("account").asText()).isEqualTo(account);
        assertThat(trace.path("delivered").get(0).path("mailbox").asText()).isEqualTo("INBOX");
        assertThat(trace.path("relayed").size()).isZero();
        String queueId = trace.path("queueId").asText();

        String storedId = system.messages(account, "INBOX").get(0).messageId();
        assertThat(queueIds(system.get("trace?messageId=" + query(storedId)).expect(200).json())).containsExactly(queueId);
        assertThat(queueIds(system.get("trace?queueId=" + queueId).expect(200).json())).containsExactly(queueId);
        assertThat(queueIds(system.get("trace?sender=" + query(TestMessages.SENDER) + "&from=" + before + "&limit=100")
                .expect(200).json())).contains(queueId);
        assertThat(system.get("trace?recipient=" + account + "&from=" + Instant.now().plusSeconds(3600)).expect(200)
                .json().size()).isZero();
        assertThat(system.get("trace?from=yesterday").status()).isEqualTo(400);
        assertThat(domainAdmin.get("trace?recipient=" + account).status()).isEqualTo(403);
    }

    private static String query(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> queueIds(JsonNode traces) {
        return names(traces, "queueId");
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
