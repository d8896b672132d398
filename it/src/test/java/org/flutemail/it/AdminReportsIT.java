package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonPop3;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statistics, the mail log and broadcasts over REST: mail sent with smtplib and logins with imaplib
 * and poplib show up in the figures, the top senders and the log; a broadcast to a domain arrives in
 * each active account's INBOX exactly once; domain administrators see and reach only their domains;
 * bad input is a 400 that changes nothing. Each test works in domains of its own.
 */
@FluteServerTest(portOffset = 2800)
class AdminReportsIT {

    static final String ADMIN_PASSWORD = "Report-Admin-Pw-3";

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;
    private String tag;
    private String own;
    private String foreign;
    private String login;
    private FluteApi domainAdmin;

    AdminReportsIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @BeforeEach
    void twoDomainsAndAnAdministratorOfOne() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        own = "rep-" + tag + ".test";
        foreign = "other-" + tag + ".test";
        login = "rep-" + tag;
        api.createDomain(own);
        api.createDomain(foreign);
        api.post("domains/" + own + "/admins", Map.of("login", login, "password", ADMIN_PASSWORD)).expect(201);
        domainAdmin = api.as(login, ADMIN_PASSWORD);
    }

    @Test
    void mailAndLoginsAreCountedAndLoggedAndEachDomainSeesItsOwn() {
        String alice = "alice@" + own;
        String bob = "bob@" + own;
        String nobody = "nobody@" + own;
        String sender = "news-" + tag + "@outside.test";
        api.createAccount(alice, FluteApi.ACCOUNT_PASSWORD, "Alice");
        api.createAccount(bob, FluteApi.ACCOUNT_PASSWORD, "Bob");
        api.createAccount("carol@" + foreign, FluteApi.ACCOUNT_PASSWORD, "Carol");

        PythonSmtp smtp = new PythonSmtp(server);
        assertThat(smtp.send(sender, List.of(alice), TestMessages.simple(alice, "one").bytes()).sent()).isTrue();
        assertThat(smtp.send(sender, List.of(bob), TestMessages.simple(bob, "two").bytes()).sent()).isTrue();
        PythonSmtp.Result partly = smtp.send(sender, List.of(alice, nobody), TestMessages.simple(alice, "three").bytes());
        assertThat(partly.refused()).containsOnlyKeys(nobody);
        assertThat(smtp.send(sender, List.of("carol@" + foreign), TestMessages.simple("carol@" + foreign, "four").bytes())
                .sent()).isTrue();

        PythonImap.Run imap = PythonImap.withStartTls(server)
                .step("a", "login_as", alice, "not-her-password")
                .step("b", "login_as", alice, FluteApi.ACCOUNT_PASSWORD)
                .run();
        assertThat(imap.result(1).typ()).isEqualTo("OK");
        assertThat(PythonPop3.withStls(server).session(bob, FluteApi.ACCOUNT_PASSWORD, "stat", "quit").error()).isNull();

        JsonNode mine = api.get("statistics?domain=" + own + "&top=100").expect(200).json();
        assertThat(mine.path("totals").path("in").asLong()).isEqualTo(3);
        assertThat(mine.path("totals").path("out").asLong()).isZero();
        assertThat(mine.path("totals").path("rejected").asLong()).isEqualTo(1);
        assertThat(mine.path("totals").path("spam").asLong()).isZero();
        assertThat(mine.path("totals").path("virus").asLong()).isZero();
        assertThat(sum(mine.path("hourly"), "in")).isEqualTo(3);
        assertThat(sum(mine.path("daily"), "in")).isEqualTo(3);
        assertThat(logins(mine, "IMAP")).containsExactly(1L, 1L);
        assertThat(logins(mine, "POP3")).containsExactly(1L, 0L);
        assertThat(ranked(mine.path("topSenders"))).containsExactly(Map.entry(sender, 3L));
        assertThat(ranked(mine.path("topRecipients"))).containsExactly(Map.entry(alice, 2L), Map.entry(bob, 1L));
        assertThat(mine.path("storageByDomain").get(0).path("name").asText()).isEqualTo(own);
        assertThat(mine.path("storageByDomain").get(0).path("messages").asLong()).isEqualTo(3);
        assertThat(mine.path("storageByAccount").get(0).path("name").asText()).isEqualTo(alice);
        assertThat(mine.path("activeSessions").isMissingNode()).as("server-wide only").isTrue();

        JsonNode all = api.get("statistics?top=100").expect(200).json();
        assertThat(all.path("totals").path("in").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(ranked(all.path("topSenders"))).containsEntry(sender, 4L);
        assertThat(all.path("activeSessions").isObject()).isTrue();

        JsonNode theirs = domainAdmin.get("statistics?top=100").expect(200).json();
        assertThat(theirs.path("domains").toString()).isEqualTo("[\"" + own + "\"]");
        assertThat(theirs.path("totals").path("in").asLong()).isEqualTo(3);
        assertThat(ranked(theirs.path("topRecipients"))).doesNotContainKey("carol@" + foreign);
        assertThat(domainAdmin.get("statistics?domain=" + foreign).status()).isEqualTo(403);

        JsonNode aliceLines = api.get("logs?account=" + alice).expect(200).json();
        assertThat(events(aliceLines)).containsExactlyInAnyOrder("login/failure", "login/success", "received/accepted",
                "received/accepted");
        JsonNode refused = api.get("logs?result=refused&account=" + nobody).expect(200).json();
        assertThat(refused.path("total").asLong()).isEqualTo(1);
        String client = refused.path("entries").get(0).path("clientAddress").asText();
        assertThat(client).isEqualTo("127.0.0.1");
        assertThat(api.get("logs?ip=" + client + "&account=" + bob + "&result=success").expect(200).json()
                .path("entries").get(0).path("protocol").asText()).isEqualTo("POP3");
        assertThat(api.get("logs?ip=192.0.2.99&account=" + alice).expect(200).json().path("total").asLong()).isZero();
        assertThat(domainAdmin.get("logs?account=" + alice).expect(200).json().path("total").asLong()).isEqualTo(4);
        assertThat(domainAdmin.get("logs?account=carol@" + foreign).expect(200).json().path("total").asLong()).isZero();
        assertThat(domainAdmin.get("logs?domain=" + foreign).status()).isEqualTo(403);
    }

    @Test
    void badReportQueriesAreRefusedWithAnExplanation() {
        String now = Instant.now().toString();
        for (String query : List.of("statistics?from=yesterday", "statistics?from=" + now + "&to=" + now,
                "statistics?top=0", "statistics?from=2020-01-01T00:00:00Z&to=2021-01-01T00:00:00Z",
                "logs?result=maybe", "logs?to=soon", "logs?size=0")) {
            var answer = api.get(query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().path("message").asText()).as(query).isNotBlank();
        }
        assertThat(api.as("alice@" + FluteServer.DOMAIN, "whatever-1").get("statistics").status()).isIn(401, 403);
    }

    @Test
    void aBroadcastToADomainArrivesOnceInEachActiveInbox() {
        List<String> accounts = List.of("ann@" + own, "ben@" + own, "cy@" + own);
        accounts.forEach(a -> api.createAccount(a, FluteApi.ACCOUNT_PASSWORD, a));
        String suspended = "dora@" + own;
        api.createAccount(suspended, FluteApi.ACCOUNT_PASSWORD, "Dora");
        api.suspend(suspended);
        String outsider = "eve@" + foreign;
        api.createAccount(outsider, FluteApi.ACCOUNT_PASSWORD, "Eve");
        String subject = "Maintenance " + tag + " 维护通知";
        String ascii = "Maintenance " + tag;

        JsonNode sent = domainAdmin.post("broadcasts", Map.of("scope", "domain", "domain", own, "subject", subject,
                "body", "The server restarts tonight.\n今晚重启。")).expect(202).json();
        assertThat(sent.path("recipients").asInt()).isEqualTo(3);
        assertThat(sent.path("spooled").asInt()).isEqualTo(3);

        for (String account : accounts) {
            awaitSubject(account, ascii);
            PythonImap.Run run = PythonImap.withStartTls(server).session("a", account, FluteApi.ACCOUNT_PASSWORD)
                    .step("a", "select", "INBOX")
                    .step("a", "search", "", "SUBJECT", "\"Maintenance " + tag + "\"")
                    .run();
            assertThat(run.result(1).lines()).as(account).containsExactly("1");
        }
        api.activate(suspended);
        assertThat(api.messages(suspended, MailboxProbe.INBOX)).isEmpty();
        assertThat(api.messages(outsider, MailboxProbe.INBOX)).isEmpty();

        JsonNode audit = api.get("audit?action=broadcast.send&target=" + own).expect(200).json();
        assertThat(audit.path("total").asLong()).isEqualTo(1);
        assertThat(audit.path("entries").get(0).path("actor").asText()).isEqualTo(login);
        assertThat(audit.path("entries").get(0).path("detail").asText()).contains("recipients: 3 of 3");

        api.createAlias("team@" + own, List.of("ann@" + own, "ben@" + own));
        String teamSubject = "Team " + tag;
        domainAdmin.post("broadcasts", Map.of("scope", "group", "group", "team@" + own, "subject", teamSubject,
                "body", "Team lunch.")).expect(202);
        awaitSubject("ann@" + own, teamSubject);
        awaitSubject("ben@" + own, teamSubject);
        assertThat(subjects("cy@" + own)).doesNotContain(teamSubject);
    }

    @Test
    void broadcastsOutsideTheCallersReachOrWithBadInputChangeNothing() {
        String outsider = "eve@" + foreign;
        api.createAccount(outsider, FluteApi.ACCOUNT_PASSWORD, "Eve");
        api.createAccount("fay@" + own, FluteApi.ACCOUNT_PASSWORD, "Fay");

        assertThat(domainAdmin.post("broadcasts", Map.of("scope", "domain", "domain", foreign, "subject", "x",
                "body", "y")).status()).isEqualTo(403);
        assertThat(domainAdmin.post("broadcasts", Map.of("scope", "system", "subject", "x", "body", "y")).status())
                .isEqualTo(403);
        api.createAlias("crew@" + foreign, List.of(outsider));
        assertThat(domainAdmin.post("broadcasts", Map.of("scope", "group", "group", "crew@" + foreign, "subject", "x",
                "body", "y")).status()).isEqualTo(403);

        List<Object> bad = new ArrayList<>(List.of(
                Map.of("scope", "planet", "subject", "x", "body", "y"),
                Map.of("domain", own, "subject", "x", "body", "y"),
                Map.of("scope", "domain", "subject", "x", "body", "y"),
                Map.of("scope", "domain", "domain", own, "body", "y"),
                Map.of("scope", "domain", "domain", own, "subject", "x"),
                Map.of("scope", "domain", "domain", own, "subject", "two\r\nlines", "body", "y"),
                "{not json"));
        for (Object body : bad) {
            var answer = api.send("POST", "broadcasts", body);
            assertThat(answer.status()).as(body.toString()).isEqualTo(400);
            assertThat(answer.json().path("message").asText()).as(body.toString()).isNotBlank();
        }
        assertThat(api.post("broadcasts", Map.of("scope", "domain", "domain", "unknown-" + tag + ".test",
                "subject", "x", "body", "y")).status()).isEqualTo(404);
        assertThat(api.post("broadcasts", Map.of("scope", "group", "group", "nolist@" + own,
                "subject", "x", "body", "y")).status()).isEqualTo(404);

        assertThat(api.get("audit?action=broadcast.send&domain=" + own).expect(200).json().path("total").asLong()).isZero();
        assertThat(api.get("audit?action=broadcast.send&domain=" + foreign).expect(200).json().path("total").asLong())
                .isZero();
        assertThat(api.messages(outsider, MailboxProbe.INBOX)).isEmpty();
        assertThat(api.messages("fay@" + own, MailboxProbe.INBOX)).isEmpty();
    }

    @Test
    void theCommandLineToolManagesDomainsAccountsImportsAndTheQueue() throws IOException {
        assertThat(cli("--help").stdout()).contains("Usage: flute-admin", "account reset-password");
        String domain = "cli-" + tag + ".test";
        String user = "uma@" + domain;

        assertThat(cli("domain", "create", domain).exit()).isZero();
        assertThat(cli("domain", "list").stdout()).contains(domain);
        Cli created = cli("account", "create", user, "--name", "Uma Li");
        assertThat(created.exit()).as(created.toString()).isZero();
        String password = created.stdout().lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow()
                .substring("password: ".length());
        assertThat(api.as(user, password).get("self").status()).isEqualTo(200);
        assertThat(cli("account", "list", domain).stdout()).contains(user, "Uma Li");

        assertThat(cli("account", "suspend", user).exit()).isZero();
        assertThat(api.get("accounts/" + user).expect(200).json().path("state").asText()).isEqualTo("SUSPENDED");
        assertThat(cli("account", "resume", user).exit()).isZero();
        assertThat(api.get("accounts/" + user).expect(200).json().path("state").asText()).isEqualTo("ACTIVE");
        assertThat(cli("account", "reset-password", user, "--password", "Reset-Pass-42").exit()).isZero();
        assertThat(api.get("accounts/" + user).expect(200).json().path("mustChangePassword").asBoolean()).isTrue();

        Path csv = Files.createTempFile("flute-cli-", ".csv");
        Files.writeString(csv, "address,password,displayName\nvic@" + domain + ",Import-Pass-7,Vic\nnot-an-address,,X\n");
        Cli imported = cli("import", csv.toString());
        Files.delete(csv);
        assertThat(imported.exit()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.stdout()).contains("vic@" + domain);
        assertThat(imported.stderr()).contains("some rows were not imported");
        assertThat(api.get("accounts/vic@" + domain).status()).isEqualTo(200);
        Cli exported = cli("account", "export", domain);
        assertThat(exported.exit()).as(exported.toString()).isZero();
        assertThat(exported.stdout()).startsWith("\uFEFFaddress,displayName,").contains("vic@" + domain + ",Vic,", user)
                .doesNotContain("Import-Pass-7");

        assertThat(cli("queue", "list").exit()).isZero();
        assertThat(cli("statistics", "--domain", domain).stdout()).contains("in 0  out 0");
        Cli duplicate = cli("domain", "create", domain);
        assertThat(duplicate.exit()).isEqualTo(1);
        assertThat(duplicate.stderr()).contains("HTTP 409");
        assertThat(cli("domain", "suspend", domain).stdout()).contains("SUSPENDED");
        assertThat(cli("domain", "resume", domain).stdout()).contains("ACTIVE");
        assertThat(cli("account", "delete", user).exit()).isZero();
        assertThat(cli("account", "delete", "vic@" + domain).exit()).isZero();
        Cli deleted = cli("domain", "delete", domain);
        assertThat(deleted.exit()).isZero();
        assertThat(deleted.stdout()).contains("PENDING_DELETION",
                api.get("domains/" + domain).expect(200).json().path("deletionDueAt").asText());
        assertThat(cli("domain", "restore", domain).stdout()).contains("ACTIVE");
        assertThat(api.get("domains/" + domain).expect(200).json().path("state").asText()).isEqualTo("ACTIVE");

        assertThat(cli("frobnicate").exit()).isEqualTo(2);
        assertThat(cli("queue", "retry", "not-a-number").exit()).isEqualTo(2);
        assertThat(cli("--url", "http://127.0.0.1:1", "domain", "list").exit()).isEqualTo(3);
        Cli wrong = run(Map.of("FLUTE_URL", baseUrl(), "FLUTE_ADMIN_PASSWORD", "not-the-password"), "domain", "list");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.stderr()).contains("HTTP 401");
        Cli domainAdminCli = run(Map.of("FLUTE_URL", baseUrl(), "FLUTE_ADMIN_USER", login, "FLUTE_ADMIN_PASSWORD",
                ADMIN_PASSWORD), "domain", "create", "nope-" + tag + ".test");
        assertThat(domainAdminCli.exit()).isEqualTo(1);
        assertThat(domainAdminCli.stderr()).contains("HTTP 403");
    }

    // ---- the command-line tool, run as a user would

    private record Cli(int exit, String stdout, String stderr) {
    }

    private Cli cli(String... arguments) {
        return run(Map.of("FLUTE_URL", baseUrl(), "FLUTE_ADMIN_PASSWORD", FluteServer.ADMIN_PASSWORD), arguments);
    }

    private String baseUrl() {
        return "http://" + FluteServer.HOST + ":" + server.httpPort();
    }

    private static Cli run(Map<String, String> environment, String... arguments) {
        Path tool = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
                .resolve("../../../../bin/flute-admin").normalize();
        List<String> command = new ArrayList<>(List.of(tool.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(k -> k.startsWith("FLUTE_"));
        builder.environment().putAll(environment);
        try {
            Path out = Files.createTempFile("flute-cli-", ".out");
            Path err = Files.createTempFile("flute-cli-", ".err");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish");
            }
            Cli result = new Cli(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- helpers

    /** Waits for a message whose subject starts with {@code prefix} in the account's INBOX. */
    private void awaitSubject(String account, String prefix) {
        Eventually.await(prefix + " in " + account + "'s INBOX", MailboxProbe.DELIVERY_TIMEOUT,
                () -> subjects(account).stream().filter(s -> s != null && s.startsWith(prefix)).findFirst(),
                () -> subjects(account));
    }

    private List<String> subjects(String account) {
        return api.messages(account, MailboxProbe.INBOX).stream().map(MessageSummary::subject).toList();
    }

    private static long sum(JsonNode periods, String field) {
        long total = 0;
        for (JsonNode p : periods) {
            total += p.path(field).asLong();
        }
        return total;
    }

    private static List<Long> logins(JsonNode statistics, String protocol) {
        for (JsonNode l : statistics.path("logins")) {
            if (l.path("protocol").asText().equals(protocol)) {
                return List.of(l.path("succeeded").asLong(), l.path("failed").asLong());
            }
        }
        return List.of();
    }

    private static Map<String, Long> ranked(JsonNode rows) {
        Map<String, Long> ranked = new java.util.LinkedHashMap<>();
        rows.forEach(r -> ranked.put(r.path("name").asText(), r.path("messages").asLong()));
        return ranked;
    }

    private static List<String> events(JsonNode page) {
        List<String> events = new ArrayList<>();
        page.path("entries").forEach(e -> events.add(e.path("event").asText() + "/" + e.path("outcome").asText()));
        return events;
    }
}
