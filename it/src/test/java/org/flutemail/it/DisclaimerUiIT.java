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

/**
 * The disclaimer part of the domain screen in headless Chromium: a domain administrator sets it in
 * Chinese, with HTML whose script the server drops (checked over REST); bad input is shown as a
 * message and changes nothing; another domain's page shows no disclaimer. Screenshot:
 * docs/screenshots/admin-domain-disclaimer.png.
 */
@FluteServerTest(portOffset = 3750)
class DisclaimerUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final String PASSWORD = "Domain-Admin-Pw-9";

    private final FluteServer server;
    private final FluteApi api;
    private String domain;
    private String foreign;
    private String login;

    DisclaimerUiIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void aDomainWithAnAdministrator() {
        assumeThat(WebmailBrowser.installed())
                .as("DisclaimerUiIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "legal-" + tag + ".test";
        foreign = "else-" + tag + ".test";
        login = "dis-" + tag;
        api.createDomain(domain);
        api.createDomain(foreign);
        api.post("domains/" + domain + "/admins", Map.of("login", login, "password", PASSWORD)).expect(201);
    }

    @Test
    void aDomainAdministratorSetsTheDisclaimerInChinese() {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "zh-CN")) {
            browser.logInAsAdministrator(login, PASSWORD);
            browser.awaitUrlContaining("/admin/accounts.xhtml");
            browser.get("/admin/domain.xhtml?domain=" + domain);
            assertThat(browser.pageSource()).contains("外发邮件免责声明");

            browser.click(By.cssSelector("#disclaimer\\:enabled .ui-chkbox-box"));
            browser.click("disclaimer:save");
            browser.awaitText(By.id("messages"), "plain text");
            assertThat(api.get("domains/" + domain + "/disclaimer").expect(200).json().path("enabled").asBoolean())
                    .as("enabled without text changed nothing").isFalse();

            browser.type("disclaimer:plain", "本邮件仅供收件人使用。");
            browser.type("disclaimer:html", "<p>本邮件<b>仅供</b>收件人使用。<script>alert(1)</script></p>");
            browser.click("disclaimer:save");
            browser.awaitText(By.id("messages"), "的免责声明已保存。");
            browser.scrollTo("disclaimer");
            browser.screenshot(SCREENSHOTS.resolve("admin-domain-disclaimer.png"));

            browser.get("/admin/domain.xhtml?domain=" + foreign);
            assertThat(browser.all(By.id("disclaimer:save"))).as("not their domain").isEmpty();
        }
        JsonNode saved = api.get("domains/" + domain + "/disclaimer").expect(200).json();
        assertThat(saved.path("enabled").asBoolean()).isTrue();
        assertThat(saved.path("plainText").asText()).isEqualTo("本邮件仅供收件人使用。");
        assertThat(saved.path("htmlText").asText()).isEqualTo("<p>本邮件<b>仅供</b>收件人使用。</p>");
        assertThat(saved.path("internalToo").asBoolean()).isFalse();
        assertThat(api.get("audit?actor=" + login).expect(200).json().findValuesAsText("action"))
                .contains("domain.disclaimer");
    }
}
