package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The screens of issue 7's second part in headless Chromium: a domain's aliases, limits and DNS records;
 * the server settings; one account edited, given an alias and deleted after a confirmation; each change
 * checked over REST, and bad input shown as a message that changes nothing. A domain administrator sees
 * their domain read-only and in Chinese; an expired session goes to the administration's login.
 * Screenshots go to docs/screenshots/admin-domain*.png, admin-settings.png and admin-account.png.
 */
@FluteServerTest(portOffset = 2750)
class AdminDomainUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final String PASSWORD = "Domain-Admin-Pw-3";

    private final FluteServer server;
    private final FluteApi api;
    private String domain;
    private String foreign;
    private String login;

    AdminDomainUiIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void aDomainWithAnAdministrator() {
        assumeThat(WebmailBrowser.installed())
                .as("AdminDomainUiIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "firm-" + tag + ".test";
        foreign = "other-" + tag + ".test";
        login = "dui-" + tag;
        api.createDomain(domain);
        api.createDomain(foreign);
        api.post("domains/" + domain + "/admins", Map.of("login", login, "password", PASSWORD)).expect(201);
    }

    @Test
    void theSystemAdministratorGivesADomainAnAliasAndLimitsAndSeesItsDnsRecords() {
        String alias = "alias-" + domain;
        try (WebmailBrowser browser = systemAdministrator()) {
            browser.get("/admin/domains.xhtml");
            browser.click(By.xpath("//tr[.//span[text()='" + domain + "']]//a[contains(@class,'fa-manage')]"));
            browser.awaitUrlContaining("/admin/domain.xhtml");
            browser.type("addAlias:name", alias);
            browser.click("addAlias:submit");
            browser.awaitText(By.id("messages"), alias + " is now an alias of " + domain + ".");
            assertThat(browser.texts(By.cssSelector(".fa-alias"))).containsExactly(alias);

            browser.type("limits:maxAccounts", "5");
            browser.type("limits:maxMessage", "100");
            browser.click("limits:submit");
            browser.awaitText(By.id("messages"), "The limits of " + domain + " were saved.");
            assertThat(browser.texts(By.xpath("//table//td[1]"))).contains("MX", "SPF", "DKIM", "DMARC");
            browser.screenshot(SCREENSHOTS.resolve("admin-domain.png"));

            browser.type("limits:maxAccounts", "-1");
            browser.click("limits:submit");
            browser.awaitText(By.id("messages"), "cannot be negative");
            browser.type("limits:maxAccounts", "many");
            browser.click("limits:submit");
            browser.awaitText(By.id("limits"), "many");
        }
        JsonNode limits = api.get("domains/" + domain).expect(200).json();
        assertThat(limits.path("maxAccounts").asInt()).as("bad input changed nothing").isEqualTo(5);
        assertThat(limits.path("maxMessageBytes").asLong()).isEqualTo(100 * 1024);
        assertThat(api.get("domains/" + domain + "/aliases").expect(200).json().get(0).asText()).isEqualTo(alias);
    }

    @Test
    void theSystemAdministratorChangesTheTrustedNetworksOnTheSettingsScreen() {
        try (WebmailBrowser browser = systemAdministrator()) {
            browser.click("nav:settings");
            browser.awaitUrlContaining("/admin/settings.xhtml");
            retype(browser, "relayNetworks", "10.9.0.0/16");
            browser.click("settings:submit");
            browser.awaitText(By.id("messages"), "The settings were saved.");
            browser.screenshot(SCREENSHOTS.resolve("admin-settings.png"));

            retype(browser, "relayNetworks", "999.1.1.1/8");
            browser.click("settings:submit");
            browser.awaitText(By.id("messages"), "relayNetworks");
        } finally {
            assertThat(stored("relayNetworks")).as("the bad value was not stored").isEqualTo("10.9.0.0/16");
            api.send("PUT", "settings", Map.of("relayNetworks", "")).expect(200);
        }
    }

    @Test
    void anAccountIsEditedGivenAnAliasAndDeletedOnlyOnceConfirmed() {
        String account = "erin@" + domain;
        api.createAccount(account, FluteApi.ACCOUNT_PASSWORD, "Erin");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logInAsAdministrator(login, PASSWORD);
            browser.awaitUrlContaining("/admin/accounts.xhtml");
            browser.click(By.cssSelector("a.fa-edit"));
            browser.awaitUrlContaining("/admin/account.xhtml");
            browser.type("edit:displayName", "Erin Example");
            browser.type("edit:quota", "50");
            browser.click("edit:submit");
            browser.awaitText(By.id("messages"), "Account " + account + " was saved.");
            browser.type("addAlias:localPart", "info");
            browser.click("addAlias:submit");
            browser.awaitText(By.id("messages"), "info@" + domain + " now delivers to " + account + ".");
            assertThat(browser.texts(By.cssSelector(".fa-alias"))).containsExactly("info@" + domain);
            browser.screenshot(SCREENSHOTS.resolve("admin-account.png"));

            JsonNode saved = api.get("accounts/" + account).expect(200).json();
            assertThat(saved.path("displayName").asText()).isEqualTo("Erin Example");
            assertThat(saved.path("quotaBytes").asLong()).isEqualTo(50L * 1024 * 1024);
            assertThat(api.get("aliases/info@" + domain).expect(200).json().path("targets").get(0).asText())
                    .isEqualTo(account);

            browser.type("delete:confirmation", "someone-else@" + domain);
            browser.click("delete:submit");
            browser.awaitText(By.id("messages"), "nothing was deleted");
            api.get("accounts/" + account).expect(200);

            browser.type("delete:confirmation", account);
            browser.click("delete:submit");
            browser.awaitText(By.id("messages"), "Account " + account + " was deleted with its mail.");
        }
        api.get("accounts/" + account).expect(404);
        JsonNode audit = api.get("audit?target=" + account).expect(200).json();
        assertThat(audit.findValuesAsText("action")).contains("account.update", "account.delete");
    }

    @Test
    void aDomainAdministratorSeesTheirDomainReadOnlyInChineseAndNothingElse() {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "zh-CN")) {
            browser.logInAsAdministrator(login, PASSWORD);
            browser.awaitUrlContaining("/admin/accounts.xhtml");
            browser.get("/admin/domain.xhtml?domain=" + domain);
            assertThat(browser.pageSource()).contains("需要发布的 DNS 记录", "域别名");
            assertThat(browser.all(By.id("addAlias:submit"))).as("adding aliases is the system's").isEmpty();
            assertThat(browser.all(By.id("limits:submit"))).isEmpty();
            browser.click("dns:check");
            browser.awaitTrue("return Array.from(document.querySelectorAll('.fa-dns-status'))"
                    + ".some(e => e.textContent.trim().length > 0)");
            browser.screenshot(SCREENSHOTS.resolve("admin-domain-zh.png"));

            browser.get("/admin/domain.xhtml?domain=" + foreign);
            browser.awaitText(By.id("messages"), "您无权执行此操作。");
            assertThat(browser.pageSource()).doesNotContain("_dmarc." + foreign);
            browser.get("/admin/settings.xhtml");
            browser.awaitText(By.id("messages"), "您无权执行此操作。");
            assertThat(browser.all(By.id("settings:submit"))).isEmpty();
        }
    }

    @Test
    void anExpiredSessionGoesToTheAdministrationsLogin() {
        try (WebmailBrowser browser = systemAdministrator()) {
            browser.get("/admin/domains.xhtml");
            browser.forgetSession();
            browser.get("/admin/domains.xhtml");
            browser.awaitUrlContaining("/admin/login.xhtml?expired=true");
            assertThat(browser.find("expired").getText()).contains("Your administration session has ended.");
        }
    }

    private WebmailBrowser systemAdministrator() {
        WebmailBrowser browser = WebmailBrowser.open(server, "en");
        browser.logInAsAdministrator(FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
        browser.awaitUrlContaining("/admin/dashboard.xhtml");
        return browser;
    }

    private static void retype(WebmailBrowser browser, String setting, String value) {
        WebElement field = browser.all(By.cssSelector("input.fa-setting-" + setting)).get(0);
        field.clear();
        field.sendKeys(value);
    }

    private String stored(String key) {
        for (JsonNode s : api.get("settings").expect(200).json()) {
            if (s.path("key").asText().equals(key)) {
                return s.path("stored").asText(null);
            }
        }
        throw new AssertionError("no setting " + key);
    }
}
