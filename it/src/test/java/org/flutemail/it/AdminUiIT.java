package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administration screens in headless Chromium: a domain administrator sees only their domain,
 * creates an account there, and the system administrator finds the change in the audit log; the
 * dashboard shows the monitoring figures; failed logins get one answer and are throttled; Chinese; the
 * system administrator creates a class of service and a domain administrator gives it to an account.
 * Screenshots go to docs/screenshots/admin-*.png.
 */
@FluteServerTest(portOffset = 2450)
class AdminUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final String PASSWORD = "Domain-Admin-Pw-2";

    private final FluteServer server;
    private final FluteApi api;
    private String own;
    private String foreign;
    private String login;

    AdminUiIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void aDomainAdministratorOfOneOfTwoDomains() {
        assumeThat(WebmailBrowser.installed())
                .as("AdminUiIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        own = "shop-" + tag + ".test";
        foreign = "rival-" + tag + ".test";
        login = "ui-" + tag;
        api.createDomain(own);
        api.createDomain(foreign);
        api.createAccount("secret@" + foreign, FluteApi.ACCOUNT_PASSWORD, "Rival");
        api.post("domains/" + own + "/admins", Map.of("login", login, "password", PASSWORD)).expect(201);
    }

    @Test
    void aDomainAdministratorSeesOnlyTheirDomainCreatesAnAccountAndTheAuditLogShowsIt() {
        String created = "carol@" + own;
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            logIn(browser, login, PASSWORD);
            browser.awaitUrlContaining("/admin/accounts.xhtml");

            assertThat(texts(browser, By.cssSelector("#domainChoice a"))).containsExactly(own);
            browser.get("/admin/accounts.xhtml?domain=" + foreign);
            assertThat(texts(browser, By.cssSelector("#domainChoice a"))).containsExactly(own);
            assertThat(browser.pageSource()).doesNotContain("secret@" + foreign);
            browser.get("/admin/domains.xhtml");
            assertThat(texts(browser, By.cssSelector(".fa-domain"))).containsExactly(own);
            browser.get("/admin/audit.xhtml");
            browser.awaitUrlContaining("/admin/accounts.xhtml");
            browser.get("/admin/dashboard.xhtml");
            browser.awaitUrlContaining("/admin/accounts.xhtml");

            browser.type("create:localPart", "carol");
            browser.type("create:displayName", "Carol Chen");
            browser.type("create:password", FluteApi.ACCOUNT_PASSWORD);
            browser.click("create:submit");
            browser.awaitText(By.id("messages"), "Account " + created + " created.");
            assertThat(texts(browser, By.cssSelector(".fa-address"))).containsExactly(created);
            browser.screenshot(SCREENSHOTS.resolve("admin-accounts.png"));

            browser.click(By.cssSelector("button[id$=':suspend']"));
            browser.awaitText(By.id("messages"), "Account " + created + " suspended.");
            assertThat(texts(browser, By.cssSelector(".fa-state"))).containsExactly("suspended");
            browser.click("nav:logout");
            browser.awaitUrlContaining("/admin/login.xhtml");
        }
        JsonNode account = api.get("accounts/" + created).expect(200).json();
        assertThat(account.path("displayName").asText()).isEqualTo("Carol Chen");
        assertThat(account.path("state").asText()).isEqualTo("SUSPENDED");

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            logIn(browser, FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
            browser.awaitUrlContaining("/admin/dashboard.xhtml");
            assertThat(browser.find("database").getText()).isEqualTo("yes");
            assertThat(Long.parseLong(browser.find("heap").getText())).isPositive();
            assertThat(browser.pageSource()).contains("flute_messages_accepted_total", "flute_listener_up");
            long warnings = Long.parseLong(browser.find("warnings").getText());
            long errors = Long.parseLong(browser.find("errors").getText());
            assertThat(warnings).as("the log's counters are published").isNotNegative();
            assertThat(errors).isNotNegative();
            int listed = browser.all(By.cssSelector("#problems .fa-problem")).size();
            // The page reads the counters before the list: a warning logged in between is listed, not counted.
            assertThat(listed).as("each counted problem is listed, up to the last 100")
                    .isBetween((int) Math.min(100, warnings + errors), 100);
            if (warnings + errors > 0) {
                assertThat(browser.isShown("noProblems")).isFalse();
            }
            assertThat(api.get("metrics").expect(200).text()).contains("flute_log_warnings_total", "flute_log_errors_total");
            browser.screenshot(SCREENSHOTS.resolve("admin-dashboard.png"));

            browser.get("/admin/audit.xhtml");
            browser.type("search:actor", login);
            browser.click("search:submit");
            browser.awaitText(By.id("total"), "2 entries");
            assertThat(texts(browser, By.cssSelector(".fa-action"))).containsExactly("account.suspend", "account.create");
            assertThat(texts(browser, By.cssSelector(".fa-target"))).containsExactly(created, created);
            browser.screenshot(SCREENSHOTS.resolve("admin-audit.png"));
        }
    }

    @Test
    void theSystemAdministratorGrantsAndRevokesADomainOnTheDomainsScreen() {
        String second = login + "-second";
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            logIn(browser, FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
            browser.awaitUrlContaining("/admin/dashboard.xhtml");
            browser.get("/admin/domains.xhtml");

            new Select(browser.find("grant:domain")).selectByVisibleText(foreign);
            browser.type("grant:login", second);
            browser.type("grant:password", PASSWORD);
            browser.click("grant:submit");
            browser.awaitText(By.id("messages"), second + " now administers " + foreign + ".");
            assertThat(browser.pageSource()).contains(second);
            browser.screenshot(SCREENSHOTS.resolve("admin-domains.png"));
            assertThat(api.as(second, PASSWORD).get("accounts/secret@" + foreign).status()).isEqualTo(200);

            new Select(browser.find("grant:domain")).selectByVisibleText(foreign);
            browser.type("grant:login", second);
            browser.click("grant:revoke");
            browser.awaitText(By.id("messages"), second + " no longer administers " + foreign + ".");
        }
        assertThat(api.as(second, PASSWORD).get("accounts/secret@" + foreign).status()).isEqualTo(403);
    }

    @Test
    void failedLoginsGetOneAnswerAndAreThrottledLikeEveryOtherLogin() {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            String wrong = failedLogin(browser, login, "not-the-password");
            String unknown = failedLogin(browser, "nobody-" + UUID.randomUUID().toString().substring(0, 6), "whatever-1");
            assertThat(wrong).isEqualTo("Wrong login or password.");
            assertThat(unknown).isEqualTo(wrong);
            for (int i = 0; i < 4; i++) {
                failedLogin(browser, login, "guess-" + i);
            }

            assertThat(failedLogin(browser, login, PASSWORD)).as("even the right password, while the name is locked")
                    .isEqualTo("Too many failed logins. Try again later.");
            browser.get("/admin/accounts.xhtml");
            browser.awaitUrlContaining("/admin/login.xhtml");
        }
    }

    @Test
    void theScreensSpeakChinese() {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "zh-CN")) {
            browser.get("/admin/login.xhtml");
            assertThat(browser.find("login:submit").getText()).isEqualTo("登录");
            logIn(browser, login, PASSWORD);
            browser.awaitUrlContaining("/admin/accounts.xhtml");
            assertThat(browser.find("create:submit").getText()).isEqualTo("创建");
            browser.screenshot(SCREENSHOTS.resolve("admin-accounts-zh.png"));
        }
    }

    @Test
    void theSystemAdministratorDefinesAClassOfServiceAndADomainAdministratorGivesItToAnAccount() {
        String className = "ui-class-" + login;
        String account = "dave@" + own;
        api.createAccount(account, FluteApi.ACCOUNT_PASSWORD, "Dave");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            logIn(browser, FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
            browser.awaitUrlContaining("/admin/dashboard.xhtml");
            browser.get("/admin/classes.xhtml");
            browser.type("create:name", className);
            browser.type("create:maxMessage", "1000000");
            browser.click("create:submit");
            browser.awaitText(By.id("messages"), "Class of service " + className + " created.");
            assertThat(texts(browser, By.cssSelector(".fa-class"))).contains(className);
            browser.screenshot(SCREENSHOTS.resolve("admin-classes.png"));
        }
        JsonNode created = api.get("classes-of-service/" + className).expect(200).json();
        assertThat(created.path("maxMessageBytes").asLong()).isEqualTo(1_000_000L);
        assertThat(created.path("access").toString()).isEqualTo("[\"IMAP\",\"WEBMAIL\",\"SMTP\"]");

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            logIn(browser, login, PASSWORD);
            browser.awaitUrlContaining("/admin/accounts.xhtml");
            browser.get("/admin/classes.xhtml");
            browser.awaitUrlContaining("/admin/accounts.xhtml");
            new Select(browser.find("assign:account")).selectByVisibleText(account);
            new Select(browser.find("assign:class")).selectByVisibleText(className);
            browser.click("assign:submit");
            browser.awaitText(By.id("messages"), "Account " + account + " now has class of service " + className + ".");
            assertThat(texts(browser, By.cssSelector(".fa-class"))).contains(className);
        }
        assertThat(api.get("accounts/" + account).expect(200).json().path("classOfService").asText()).isEqualTo(className);
        JsonNode audit = api.get("audit?action=account.class-of-service&actor=" + login).expect(200).json();
        assertThat(audit.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void theQueueScreenShowsWhatTheQueueApiListsWithTheLeversOnlyToTheSystemAdministrator() {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            logIn(browser, login, PASSWORD);
            browser.awaitUrlContaining("/admin/accounts.xhtml");
            browser.click("nav:queue");
            browser.awaitUrlContaining("/admin/queue.xhtml");
            assertThat(browser.find("count").getText())
                    .isEqualTo(api.get("domains/" + own + "/queue").expect(200).json().size() + " deliveries waiting");
            assertThat(browser.all(By.cssSelector("[id$=':retry']"))).isEmpty();
            browser.click("nav:logout");
            browser.awaitUrlContaining("/admin/login.xhtml");

            logIn(browser, FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
            browser.awaitUrlContaining("/admin/dashboard.xhtml");
            browser.click("nav:queue");
            browser.awaitUrlContaining("/admin/queue.xhtml");
            JsonNode listed = api.get("queue").expect(200).json();
            assertThat(browser.find("count").getText()).isEqualTo(listed.size() + " deliveries waiting");
            List<String> queueIds = new java.util.ArrayList<>();
            listed.forEach(q -> queueIds.add(q.path("queueId").asText()));
            assertThat(texts(browser, By.cssSelector(".fa-queue-id"))).containsExactlyInAnyOrderElementsOf(queueIds);
            browser.screenshot(SCREENSHOTS.resolve("admin-queue.png"));
        }
    }

    @Test
    void theSystemAdministratorTracesAMessageToTheMailboxItWasDeliveredTo() {
        String account = "traced@" + own;
        api.createAccount(account, FluteApi.ACCOUNT_PASSWORD, "Traced");
        TestMessages.RawMessage message = TestMessages.simple(account, "trace me on the screen");
        assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of(account), message.bytes()).sent()).isTrue();
        new MailboxProbe(api).awaitInInbox(account, message.messageId());
        String queueId = api.get("trace?recipient=" + account).expect(200).json().get(0).path("queueId").asText();

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            logIn(browser, FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
            browser.awaitUrlContaining("/admin/dashboard.xhtml");
            browser.click("nav:trace");
            browser.awaitUrlContaining("/admin/trace.xhtml");
            browser.type("search:recipient", account);
            browser.click("search:submit");
            browser.awaitText(By.id("found"), "Messages found: 1");
            assertThat(texts(browser, By.cssSelector(".fa-queue-id"))).containsExactly(queueId);
            List<String> delivered = texts(browser, By.cssSelector(".fa-step-delivered"));
            assertThat(delivered).hasSize(1);
            assertThat(delivered.get(0)).contains("to " + account + ", folder INBOX");
            browser.screenshot(SCREENSHOTS.resolve("admin-trace.png"));

            // The same search limited to days: tomorrow on finds nothing, today and before finds it.
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            browser.type("search:from", today.plusDays(1).toString());
            browser.click("search:submit");
            browser.awaitText(By.id("found"), "Messages found: 0");
            browser.type("search:from", today.minusDays(1).toString());
            browser.type("search:to", today.toString());
            browser.click("search:submit");
            browser.awaitText(By.id("found"), "Messages found: 1");
        }
    }

    @Test
    void aDomainAdministratorImportsAccountsFromAFileAndDownloadsTheDomainsAccounts() throws Exception {
        Path csv = Files.createTempFile("flute-accounts-", ".csv");
        // GBK, as Excel on Chinese Windows saves it; one good row, one of a foreign domain, one bad address.
        Files.write(csv, ("address,password,displayName\r\n"
                + "dora@" + own + ",,王芳\r\n"
                + "eve@" + foreign + ",Eve-Pass-12345,Eve\r\n"
                + "not-an-address,,X\r\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            logIn(browser, login, PASSWORD);
            browser.awaitUrlContaining("/admin/accounts.xhtml");

            browser.all(By.id("bulk:import_input")).get(0).sendKeys(csv.toString());
            browser.awaitText(By.id("messages"), "Import finished: 1 accounts created, 2 rows not used.");
            assertThat(texts(browser, By.cssSelector("#bulk\\:result .fa-created"))).containsExactly("created");
            assertThat(texts(browser, By.cssSelector("#bulk\\:result .fa-error")))
                    .satisfiesExactly(e -> assertThat(e).startsWith("line 3: ").contains("you do not administer"),
                            e -> assertThat(e).startsWith("line 4: "));
            String generated = texts(browser, By.cssSelector("#bulk\\:result .fa-password")).get(0);
            assertThat(generated).hasSizeGreaterThanOrEqualTo(12);
            assertThat(texts(browser, By.cssSelector(".fa-address"))).containsExactly("dora@" + own);
            browser.screenshot(SCREENSHOTS.resolve("admin-accounts-import.png"));

            WebElement link = browser.find("bulk:export");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                            .header("Cookie", "JSESSIONID=" + browser.sessionId()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("dora@" + own + ",王芳,")
                    .doesNotContain(foreign);
            String foreignLink = link.getAttribute("href").replace(own, foreign);
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(foreignLink))
                    .header("Cookie", "JSESSIONID=" + browser.sessionId()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
        } finally {
            Files.delete(csv);
        }
        JsonNode dora = api.get("accounts/dora@" + own).expect(200).json();
        assertThat(dora.path("displayName").asText()).isEqualTo("王芳");
        assertThat(dora.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(api.get("accounts/eve@" + foreign).status()).isEqualTo(404);
    }

    private static void logIn(WebmailBrowser browser, String user, String password) {
        browser.get("/admin/login.xhtml");
        browser.type("login:user", user);
        browser.type("login:password", password);
        browser.click("login:submit");
    }

    private static String failedLogin(WebmailBrowser browser, String user, String password) {
        logIn(browser, user, password);
        String text = browser.find("messages").getText().strip();
        assertThat(browser.url()).contains("/admin/login.xhtml");
        return text;
    }

    private static List<String> texts(WebmailBrowser browser, By by) {
        return browser.all(by).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
