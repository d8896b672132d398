package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flutemail.it.support.Eventually;
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

/**
 * The mailing lists screen in headless Chromium: a domain administrator creates a list, adds a member,
 * is told what is wrong with a list without a name, and approves a held post, which then reaches the
 * member; in Chinese the screen shows only the administrator's own domain. Each change is checked over
 * REST. Screenshots go to docs/screenshots/admin-lists.png and admin-lists-zh.png.
 */
@FluteServerTest(portOffset = 3050)
class MailingListUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final String PASSWORD = "List-Admin-Pw-5";

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;
    private String domain;
    private String foreign;
    private String login;
    private String member;

    MailingListUiIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @BeforeEach
    void aDomainWithAnAdministratorAndAnAccount() {
        assumeThat(WebmailBrowser.installed())
                .as("MailingListUiIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "club-" + tag + ".test";
        foreign = "else-" + tag + ".test";
        login = "lui-" + tag;
        api.createDomain(domain);
        api.createDomain(foreign);
        api.post("domains/" + domain + "/admins", Map.of("login", login, "password", PASSWORD)).expect(201);
        member = "dora@" + domain;
        api.createAccount(member, FluteApi.ACCOUNT_PASSWORD, "Dora");
    }

    @Test
    void aDomainAdministratorCreatesAListAddsAMemberAndApprovesAHeldPost() {
        String list = "news@" + domain;
        try (WebmailBrowser browser = domainAdministrator("en")) {
            browser.click("nav:lists");
            browser.awaitUrlContaining("/admin/lists.xhtml");
            browser.choose("lists:domain", domain);
            browser.awaitAjax();

            browser.type("lists:localPart", "nameless");
            browser.click("lists:createList");
            browser.awaitText(By.id("messages"), "a list needs a name");

            browser.type("lists:localPart", "news");
            browser.type("lists:name", "News");
            browser.type("lists:prefix", "[News]");
            browser.click("lists:createList");
            browser.awaitText(By.id("messages"), "The list " + list + " has been created.");
            browser.type("lists:member", member);
            browser.click("lists:addMember");
            browser.awaitText(By.id("messages"), member + " is a member now.");
            assertThat(browser.texts(By.cssSelector(".fa-member"))).containsExactly(member);

            TestMessages.RawMessage post = TestMessages.simple(list, "from a stranger");
            new PythonSmtp(server).send(TestMessages.SENDER, List.of(list), post.bytes());
            Eventually.await("the held post", Duration.ofSeconds(60), () -> {
                JsonNode held = api.get("lists/" + list + "/held").expect(200).json();
                return held.size() == 1 ? Optional.of(held) : Optional.empty();
            }, () -> api.get("lists/" + list + "/held").text());
            browser.click(By.xpath("//tr[.//span[text()='" + list + "']]//button[contains(@id,'open')]"));
            browser.awaitText(By.id("lists:heldPosts"), "from a stranger");
            browser.scrollTo("lists:selected");
            browser.screenshot(SCREENSHOTS.resolve("admin-lists.png"));
            browser.click(By.xpath("//tr[.//span[text()='from a stranger']]//button[contains(@id,'approve')]"));
            browser.awaitText(By.id("messages"), "The post has been sent to the members.");
            assertThat(browser.texts(By.cssSelector(".fa-held-subject"))).isEmpty();

            probe.awaitInInbox(member, post.messageId());
        }
        JsonNode created = api.get("lists/" + list).expect(200).json();
        assertThat(created.path("name").asText()).isEqualTo("News");
        assertThat(created.path("subjectPrefix").asText()).isEqualTo("[News]");
        assertThat(created.path("members").get(0).asText()).isEqualTo(member);
        assertThat(api.get("lists/" + list + "/held").expect(200).json()).isEmpty();
        api.get("lists/nameless@" + domain).expect(404);
    }

    @Test
    void inChineseTheScreenOffersOnlyTheAdministratorsOwnDomain() {
        api.post("lists", Map.of("address", "hidden@" + foreign, "name", "Hidden")).expect(201);
        api.post("lists", Map.of("address", "team@" + domain, "name", "团队", "members", List.of(member))).expect(201);
        try (WebmailBrowser browser = domainAdministrator("zh-CN")) {
            browser.get("/admin/lists.xhtml");
            browser.awaitText(By.tagName("body"), "邮件列表");
            assertThat(browser.pageSource()).as("the domain menu").contains(domain).doesNotContain(foreign);
            browser.choose("lists:domain", domain);
            browser.awaitAjax();
            browser.awaitText(By.id("lists:all"), "team@" + domain);
            assertThat(browser.pageSource()).doesNotContain("hidden@" + foreign);
            browser.screenshot(SCREENSHOTS.resolve("admin-lists-zh.png"));
        }
    }

    private WebmailBrowser domainAdministrator(String language) {
        WebmailBrowser browser = WebmailBrowser.open(server, language);
        browser.logInAsAdministrator(login, PASSWORD);
        browser.awaitUrlContaining("/admin/");
        return browser;
    }
}
