package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The statistics, broadcast and mail log screens in headless Chromium: the system administrator
 * charts a domain's mail, a domain administrator (in Chinese too) sees their domain, broadcasts a notice
 * to it and finds the deliveries in the mail log. Screenshots go to docs/screenshots/admin-*.png.
 */
@FluteServerTest(portOffset = 2850)
class AdminReportsUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final String PASSWORD = "Screen-Admin-Pw-5";

    private final FluteServer server;
    private final FluteApi api;
    private String own;
    private String login;
    private String sender;
    private List<String> accounts;

    AdminReportsUiIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void aDomainWithTwoAccountsThatReceivedMail() {
        assumeThat(WebmailBrowser.installed())
                .as("AdminReportsUiIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        own = "charts-" + tag + ".test";
        login = "charts-" + tag;
        sender = "digest-" + tag + "@outside.test";
        accounts = List.of("lan@" + own, "mei@" + own);
        api.createDomain(own);
        accounts.forEach(a -> api.createAccount(a, FluteApi.ACCOUNT_PASSWORD, a));
        api.post("domains/" + own + "/admins", Map.of("login", login, "password", PASSWORD)).expect(201);
        MailboxProbe probe = new MailboxProbe(api);
        for (String account : accounts) {
            TestMessages.RawMessage message = TestMessages.simple(account, "weekly digest");
            assertThat(new PythonSmtp(server).send(sender, List.of(account), message.bytes()).sent()).isTrue();
            probe.awaitInInbox(account, message.messageId());
        }
    }

    @Test
    void theSystemAdministratorChartsADomainsMail() {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            signIn(browser, FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD, "/admin/dashboard.xhtml");
            browser.click("nav:statistics");
            browser.awaitUrlContaining("/admin/statistics.xhtml");
            new Select(browser.find("filter:domain")).selectByVisibleText(own);
            browser.click("filter:submit");
            browser.awaitText(By.id("in"), "2");
            assertThat(browser.find("in").getText()).isEqualTo("2");
            assertThat(browser.find("rejected").getText()).isEqualTo("0");
            assertThat(textsOf(browser, ".fa-sender")).containsExactly(sender);
            assertThat(textsOf(browser, ".fa-sender-count")).containsExactly("2");
            assertThat(textsOf(browser, ".fa-recipient")).containsExactlyInAnyOrderElementsOf(accounts);
            browser.awaitTrue("const c = document.querySelector('#daily canvas');"
                    + " return c !== null && c.width > 0 && Chart.getChart(c).data.datasets[0].data.includes(2);");
            browser.awaitTrue("const c = document.querySelector('#hourly canvas'); return c !== null && c.width > 0;");
            browser.screenshot(SCREENSHOTS.resolve("admin-statistics.png"));
        }
    }

    @Test
    void aDomainAdministratorBroadcastsToTheirDomainAndFindsItInTheMailLog() {
        String subject = "Office closed " + login;
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            signIn(browser, login, PASSWORD, "/admin/accounts.xhtml");
            browser.click("nav:broadcast");
            browser.awaitUrlContaining("/admin/broadcast.xhtml");
            assertThat(textsOf(browser, "#send\\:scope option")).containsExactly("Every account of a domain",
                    "A group (alias)");
            assertThat(textsOf(browser, "#send\\:domain option")).containsExactly(own);
            browser.type("send:subject", subject);
            browser.type("send:body", "The office is closed on Friday.");
            browser.screenshot(SCREENSHOTS.resolve("admin-broadcast.png"));
            browser.click("send:submit");
            browser.awaitText(By.id("messages"), "Notice queued for 2 of 2 recipients.");

            for (String account : accounts) {
                Eventually.await(subject + " for " + account, MailboxProbe.DELIVERY_TIMEOUT,
                        () -> api.messages(account, MailboxProbe.INBOX).stream().map(MessageSummary::subject)
                                .filter(subject::equals).findFirst(),
                        () -> api.messages(account, MailboxProbe.INBOX));
            }

            browser.click("nav:logs");
            browser.awaitUrlContaining("/admin/logs.xhtml");
            browser.type("search:account", accounts.get(0));
            browser.click("search:submit");
            browser.awaitText(By.id("total"), "2 lines");
            assertThat(textsOf(browser, ".fa-event")).containsExactly("received", "received");
            assertThat(textsOf(browser, ".fa-recipient")).containsOnly(accounts.get(0));
            browser.screenshot(SCREENSHOTS.resolve("admin-logs.png"));
        }
    }

    @Test
    void theDomainAdministratorsStatisticsSpeakChinese() {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "zh-CN")) {
            signIn(browser, login, PASSWORD, "/admin/accounts.xhtml");
            browser.get("/admin/statistics.xhtml");
            assertThat(browser.find("filter:submit").getText()).isEqualTo("显示");
            assertThat(textsOf(browser, "#filter\\:domain option")).containsExactly("所有域", own);
            browser.awaitText(By.id("in"), "2");
            assertThat(browser.all(By.id("sessions"))).as("server-wide only").isEmpty();
            browser.awaitTrue("const c = document.querySelector('#daily canvas'); return c !== null && c.width > 0;");
            browser.screenshot(SCREENSHOTS.resolve("admin-statistics-zh.png"));
        }
    }

    private static void signIn(WebmailBrowser browser, String user, String password, String landing) {
        browser.get("/admin/login.xhtml");
        browser.type("login:user", user);
        browser.type("login:password", password);
        browser.click("login:submit");
        browser.awaitUrlContaining(landing);
    }

    private static List<String> textsOf(WebmailBrowser browser, String css) {
        return browser.all(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).map(String::strip)
                .toList();
    }
}
