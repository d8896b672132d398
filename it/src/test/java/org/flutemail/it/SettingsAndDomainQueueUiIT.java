package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FakeSmtpPeer;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.PythonSubmission;
import org.flutemail.it.support.SelfSignedCertificate;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In headless Chromium: the system administrator stores the host name and the mail log's kept days on
 * the settings screen (English and Chinese labels); a domain administrator reads their domains' outbound
 * queue, without another domain's mail and without the levers. Screenshots go to
 * docs/screenshots/admin-server-settings*.png and admin-queue-domain.png.
 */
@FluteServerTest(portOffset = 3350)
class SettingsAndDomainQueueUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final String PASSWORD = "Domain-Admin-Pw-3";
    /** The fake smart host's port: above every port of the test servers' offsets, apart from 14725 of DomainAliasAndSettingsIT. */
    private static final int SMART_HOST_PORT = 14735;

    private final FluteServer server;
    private final FluteApi api;
    private String tag;

    SettingsAndDomainQueueUiIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void chromium() {
        assumeThat(WebmailBrowser.installed())
                .as("SettingsAndDomainQueueUiIT needs Chromium and its driver: apt-get install chromium chromium-driver")
                .isTrue();
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theSystemAdministratorStoresTheHostNameAndTheKeptDaysOnTheSettingsScreen() {
        String name = "mx-" + tag + ".example.test";
        try {
            try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
                browser.logInAsAdministrator(FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
                browser.awaitUrlContaining("/admin/dashboard.xhtml");
                browser.click("nav:settings");
                browser.awaitUrlContaining("/admin/settings.xhtml");
                assertThat(browser.pageSource()).contains("Host name (SMTP greeting and EHLO)")
                        .contains("Days the mail log and statistics are kept");
                field(browser, "hostName").sendKeys(name);
                field(browser, "mailLogDays").sendKeys("45");
                browser.click("settings:submit");
                browser.awaitText(By.id("messages"), "The settings were saved.");
                assertThat(field(browser, "hostName").getAttribute("value")).isEqualTo(name);
                assertThat(browser.texts(By.cssSelector(".fa-listener-port")))
                        .contains(Integer.toString(server.smtpPort()), Integer.toString(server.imapPort()));
                assertThat(browser.texts(By.cssSelector(".fa-listener-state"))).containsOnly("up");
                browser.screenshot(SCREENSHOTS.resolve("admin-server-settings.png"));

                field(browser, "maxRecipients").sendKeys("none");
                browser.click("settings:submit");
                browser.awaitText(By.id("messages"), "maxRecipients: 'none' is not a whole number");
            }
            Map<String, String> stored = new java.util.HashMap<>();
            api.get("settings").expect(200).json().forEach(s -> stored.put(s.path("key").asText(), s.path("stored").asText(null)));
            assertThat(stored).containsEntry("hostName", name).containsEntry("mailLogDays", "45")
                    .containsEntry("maxRecipients", null);

            try (WebmailBrowser browser = WebmailBrowser.open(server, "zh-CN")) {
                browser.logInAsAdministrator(FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
                browser.awaitUrlContaining("/admin/dashboard.xhtml");
                browser.get("/admin/settings.xhtml");
                assertThat(browser.pageSource()).contains("主机名（SMTP 问候语和 EHLO）").contains("邮件日志和统计数据的保留天数");
                browser.screenshot(SCREENSHOTS.resolve("admin-server-settings-zh.png"));
            }
        } finally {
            api.send("PUT", "settings", Map.of("hostName", "", "mailLogDays", "")).expect(200);
        }
    }

    @Test
    void theSystemAdministratorSwitchesAListenerOffAndBackOnTheSettingsScreen() throws Exception {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logInAsAdministrator(FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
            browser.awaitUrlContaining("/admin/dashboard.xhtml");
            browser.get("/admin/settings.xhtml");
            assertThat(pop3Greeting()).startsWith("+OK");

            browser.click(By.cssSelector(".fa-listener-on-pop3-pop3"));
            browser.click(By.cssSelector(".fa-listener-apply-pop3-pop3"));
            browser.awaitText(By.id("messages"), "The listener was changed.");
            assertThat(browser.texts(By.cssSelector(".fa-listener-state"))).contains("switched off");
            assertThatThrownBy(() -> new java.net.Socket(FluteServer.HOST, server.pop3Port()).close())
                    .isInstanceOf(java.net.ConnectException.class);
            browser.scrollTo("listenerForm:listeners");
            browser.screenshot(SCREENSHOTS.resolve("admin-listeners.png"));

            browser.click(By.cssSelector(".fa-listener-reset-pop3-pop3"));
            browser.awaitText(By.id("messages"), "The listener is back on its configured port.");
            assertThat(browser.texts(By.cssSelector(".fa-listener-state"))).containsOnly("up");
            assertThat(pop3Greeting()).startsWith("+OK");
        } finally {
            api.delete("settings/listeners/pop3-pop3").expect(200);
        }
    }

    @Test
    void theSystemAdministratorUploadsATlsCertificateAndKeyOnTheSettingsScreen(@TempDir Path files) throws Exception {
        SelfSignedCertificate mine = SelfSignedCertificate.forHost("mail-" + tag + ".it.test");
        SelfSignedCertificate other = SelfSignedCertificate.forHost("other-" + tag + ".it.test");
        Path certificate = Files.writeString(files.resolve("mine.crt"), mine.certificatePem());
        Path foreignKey = Files.writeString(files.resolve("other.key"), other.privateKeyPem());
        Path key = Files.writeString(files.resolve("mine.key"), mine.privateKeyPem());
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logInAsAdministrator(FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
            browser.awaitUrlContaining("/admin/dashboard.xhtml");
            browser.get("/admin/settings.xhtml");
            String before = browser.find("tlsSubject").getText();

            browser.find("tls:certificate").sendKeys(certificate.toString());
            browser.find("tls:key").sendKeys(foreignKey.toString());
            browser.click("tls:install");
            browser.awaitText(By.id("messages"), "does not belong to the certificate");
            assertThat(browser.find("tlsSubject").getText()).as("a key of another certificate changes nothing")
                    .isEqualTo(before);

            browser.find("tls:certificate").sendKeys(certificate.toString());
            browser.find("tls:key").sendKeys(key.toString());
            browser.click("tls:install");
            browser.awaitText(By.id("messages"), "The certificate was installed");
            assertThat(browser.find("tlsSubject").getText()).contains(mine.host());
            browser.scrollTo("tlsInstalled");
            browser.screenshot(SCREENSHOTS.resolve("admin-tls-certificate.png"));
        }
        assertThat(api.get("tls/certificate").expect(200).json().path("subject").asText()).contains(mine.host());
        assertThat(api.get("audit?action=tls.install").expect(200).json().findValuesAsText("detail"))
                .anyMatch(d -> d.contains(mine.host()));
    }

    private String pop3Greeting() throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(FluteServer.HOST, server.pop3Port())) {
            socket.setSoTimeout(30_000);
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void aDomainAdministratorSeesTheQueueOfTheirDomainsOnlyAndWithoutTheLevers() throws Exception {
        String own = "own-" + tag + ".test";
        String foreign = "other-" + tag + ".test";
        String login = "dq-" + tag;
        api.createDomain(own);
        api.createDomain(foreign);
        api.post("domains/" + own + "/admins", Map.of("login", login, "password", PASSWORD)).expect(201);
        String mine = "sender@" + own;
        String theirs = "sender@" + foreign;
        api.createAccount(mine, FluteApi.ACCOUNT_PASSWORD, "Mine");
        api.createAccount(theirs, FluteApi.ACCOUNT_PASSWORD, "Theirs");
        api.send("PUT", "settings", Map.of("smartHost", "127.0.0.1:" + SMART_HOST_PORT)).expect(200);
        try (FakeSmtpPeer smartHost = new FakeSmtpPeer(SMART_HOST_PORT)) {
            smartHost.answerRcpt("far@remote.test", "451 4.3.0 Try again later");
            String ownId = submitAndAwaitQueued(mine, own);
            String foreignId = submitAndAwaitQueued(theirs, foreign);

            try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
                browser.logInAsAdministrator(login, PASSWORD);
                browser.awaitUrlContaining("/admin/accounts.xhtml");
                browser.click("nav:queue");
                browser.awaitUrlContaining("/admin/queue.xhtml");
                assertThat(browser.texts(By.cssSelector(".fa-queue-id"))).containsExactly(ownId);
                assertThat(browser.pageSource()).doesNotContain(foreignId).doesNotContain(theirs);
                assertThat(browser.all(By.cssSelector("[id$=':retry']"))).isEmpty();
                assertThat(browser.find("queue:readOnly").getText()).contains("system administrator");
                browser.screenshot(SCREENSHOTS.resolve("admin-queue-domain.png"));
            }
            try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
                browser.logInAsAdministrator(FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
                browser.awaitUrlContaining("/admin/dashboard.xhtml");
                browser.get("/admin/queue.xhtml");
                assertThat(browser.texts(By.cssSelector(".fa-queue-id"))).contains(ownId, foreignId);
                assertThat(browser.all(By.cssSelector("[id$=':retry']"))).isNotEmpty();
            }
        } finally {
            api.send("PUT", "settings", Map.of("smartHost", "")).expect(200);
            for (JsonNode q : api.get("queue").expect(200).json()) {
                api.delete("queue/" + q.path("id").asLong());
            }
        }
    }

    private String submitAndAwaitQueued(String sender, String domain) {
        PythonSubmission.Result sent = new PythonSubmission(server.submissionPort()).startTls()
                .login(sender, FluteApi.ACCOUNT_PASSWORD)
                .send(sender, List.of("far@remote.test"), TestMessages.simple("far@remote.test", "out").from(sender).bytes());
        assertThat(sent.sent()).as("%s", sent).isTrue();
        return Eventually.await("a delivery from " + sender + " waiting", Duration.ofSeconds(60), () -> {
            JsonNode listed = api.get("domains/" + domain + "/queue").expect(200).json();
            return listed.size() == 1 ? Optional.of(listed.get(0).path("queueId").asText()) : Optional.<String>empty();
        }, () -> api.get("domains/" + domain + "/queue").text());
    }

    private static WebElement field(WebmailBrowser browser, String key) {
        return browser.all(By.cssSelector("input.fa-setting-" + key)).get(0);
    }
}
