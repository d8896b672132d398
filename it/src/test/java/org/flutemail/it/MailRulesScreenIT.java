package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.MessageTraces;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The delivery settings on the webmail's settings screen in a real browser: an automatic reply set
 * there answers a sender once; a class of service without FORWARDING shows that forwarding is not
 * included and refuses to save it; the usage bar is shown.
 */
@FluteServerTest(portOffset = 2620)
class MailRulesScreenIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();

    private final FluteServer server;
    private final FluteApi api;

    MailRulesScreenIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void browserInstalled() {
        assumeThat(WebmailBrowser.installed())
                .as("MailRulesScreenIT needs Chromium and its driver: apt-get install chromium chromium-driver")
                .isTrue();
    }

    @Test
    void anAutomaticReplySetOnTheScreenAnswersOnce() {
        String alice = api.createAccount("screen-alice");
        String bob = api.createAccount("screen-bob");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(alice, ACCOUNT_PASSWORD);
            browser.get("/settings.xhtml");
            browser.click(By.cssSelector("#personal\\:autoReplyEnabled .ui-chkbox-box"));
            browser.type("personal:autoReplySubject", "Away this week");
            browser.type("personal:autoReplyBody", "Back on Monday.\n下周一回来。");
            browser.click("personal:save");
            browser.awaitText(By.id("personal:personalNotices"), "Settings saved.");
            assertThat(browser.find("personal:usageText").getText()).contains("no quota");
            browser.screenshot(SCREENSHOTS.resolve("settings-rules.png"));
        }

        PythonSmtp smtp = new PythonSmtp(server);
        for (String subject : List.of("Are you there?", "Still there?")) {
            assertThat(smtp.send(bob, List.of(alice), TestMessages.simple(alice, subject).from(bob).bytes()).sent())
                    .isTrue();
        }
        MessageTraces.awaitCount(api, alice, "INBOX", 2);
        List<JsonNode> toBob = MessageTraces.processedTo(api, bob);
        assertThat(toBob).as("automatic replies to %s", bob).hasSize(1);
        MessageSummary reply = MessageTraces.awaitCount(api, bob, "INBOX", 1).get(0);
        assertThat(reply.subject()).isEqualTo("Away this week");
    }

    @Test
    void withoutTheForwardingAccessTheScreenSaysSoAndRefusesToSaveIt() {
        String carol = api.createAccount("screen-carol");
        String noForwarding = "screen-no-forwarding-" + System.nanoTime();
        api.post("classes-of-service", Map.of("name", noForwarding,
                "access", List.of("POP3", "IMAP", "WEBMAIL", "SMTP", "FETCH"))).expect(201);
        api.send("PUT", "accounts/" + FluteApi.segment(carol) + "/class-of-service", Map.of("name", noForwarding))
                .expect(200);
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(carol, ACCOUNT_PASSWORD);
            browser.get("/settings.xhtml");
            assertThat(browser.find("personal:forwardingDenied").getText())
                    .isEqualTo("Your class of service does not include forwarding.");
            browser.type("personal:forwardTo", "elsewhere@remote.example");
            browser.click("personal:save");
            browser.awaitText(By.id("personal:personalNotices"), "Forwarding is not allowed for your account");
        }
        assertThat(api.as(carol, ACCOUNT_PASSWORD).get("self/mail-settings").expect(200).json().path("forwardTo"))
                .isEmpty();
    }
}
