package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.UUID;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The domains screen in headless Chromium: a deletion goes ahead only when the domain's name is typed
 * again, then shows the date its data will be removed; restore brings the domain back. Each step is
 * checked over REST. Screenshot: docs/screenshots/admin-domain-deletion.png.
 */
@FluteServerTest(portOffset = 3150)
class DomainDeletionUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();

    private final FluteServer server;
    private final FluteApi api;
    private String domain;

    DomainDeletionUiIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void aDomain() {
        assumeThat(WebmailBrowser.installed())
                .as("DomainDeletionUiIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
        domain = "leaving-" + UUID.randomUUID().toString().substring(0, 6) + ".test";
        api.createDomain(domain);
    }

    @Test
    void theSystemAdministratorDeletesADomainAfterTypingItsNameAndRestoresIt() {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logInAsAdministrator(FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
            browser.awaitUrlContaining("/admin/dashboard.xhtml");
            browser.get("/admin/domains.xhtml");

            new Select(browser.find("deletion:domain")).selectByVisibleText(domain);
            browser.type("deletion:confirmation", "not-" + domain);
            browser.click("deletion:delete");
            browser.awaitText(By.id("messages"), "nothing was deleted");
            assertThat(state()).isEqualTo("ACTIVE");

            new Select(browser.find("deletion:domain")).selectByVisibleText(domain);
            browser.type("deletion:confirmation", domain);
            browser.click("deletion:delete");
            browser.awaitText(By.id("messages"), domain + " is pending deletion");
            String due = api.get("domains/" + domain).expect(200).json().path("deletionDueAt").asText();
            assertThat(state()).isEqualTo("PENDING_DELETION");
            assertThat(browser.texts(By.id("messages"))).anySatisfy(text -> assertThat(text).contains(due));
            assertThat(browser.texts(By.xpath("//tr[.//span[text()='" + domain + "']]/td")))
                    .contains("pending deletion", due);
            browser.screenshot(SCREENSHOTS.resolve("admin-domain-deletion.png"));

            new Select(browser.find("deletion:domain")).selectByVisibleText(domain);
            browser.click("deletion:restore");
            browser.awaitText(By.id("messages"), domain + " is active again.");
            assertThat(state()).isEqualTo("ACTIVE");
        }
    }

    private String state() {
        return api.get("domains/" + domain).expect(200).json().path("state").asText();
    }
}
