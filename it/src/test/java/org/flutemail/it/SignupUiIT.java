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
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Self-service sign-up in headless Chromium: a stranger follows the link on the webmail login page to
 * the public sign-up page, is told in their language what is wrong, sends a request, and the domain's
 * administrator decides it on the sign-up requests screen, after turning sign-up on on the domain
 * screen. In English the approved account then logs in over IMAP with the password typed on the page;
 * in Chinese the refusal and its reason are kept. Screenshots: docs/screenshots/signup*.png and
 * admin-signups*.png.
 */
@FluteServerTest(portOffset = 3650)
class SignupUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final String ADMIN_PASSWORD = "Signup-Ui-Admin-3";
    private static final String CHOSEN_PASSWORD = "Typed-on-the-page-4";

    private final FluteServer server;
    private final FluteApi api;
    private String domain;
    private String login;

    SignupUiIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void aDomainWithItsAdministrator() {
        assumeThat(WebmailBrowser.installed())
                .as("SignupUiIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "welcome-" + tag + ".test";
        login = "sui-" + tag;
        api.createDomain(domain);
        api.post("domains/" + domain + "/admins", Map.of("login", login, "password", ADMIN_PASSWORD)).expect(201);
    }

    @Test
    void aStrangerAsksForAMailboxAndTheDomainAdministratorApprovesIt() {
        String address = "ann.lee@" + domain;
        try (WebmailBrowser admin = domainAdministrator("en")) {
            admin.get("/admin/domain.xhtml?domain=" + domain);
            admin.awaitText(By.tagName("body"), "Self-service sign-up");
            admin.click(By.cssSelector("#signupSwitch\\:allowed .ui-chkbox-box"));
            admin.click("signupSwitch:save");
            admin.awaitText(By.id("messages"), domain + " now takes sign-up requests.");
        }
        assertThat(api.get("domains/" + domain + "/signup-policy").expect(200).json().path("allowed").asBoolean())
                .isTrue();

        try (WebmailBrowser stranger = WebmailBrowser.open(server, "en")) {
            stranger.get("/");
            stranger.click("signup");
            stranger.awaitUrlContaining("/signup.xhtml");
            ask(stranger, new Attempt("postmaster", "reserved for the domain's operators"),
                    new Attempt("ann.lee", "Your request for " + address + " was received."), "Ann Lee", "signup.png");
        }

        try (WebmailBrowser admin = domainAdministrator("en")) {
            admin.click("nav:signups");
            admin.awaitUrlContaining("/admin/signups.xhtml");
            admin.click(By.linkText(domain));
            admin.awaitText(By.id("requests:list"), address);
            admin.screenshot(SCREENSHOTS.resolve("admin-signups.png"));
            admin.click(By.xpath("//tr[.//span[text()='" + address + "']]//button[contains(@id,'approve')]"));
            admin.awaitText(By.id("messages"), address + " was approved; the account exists now.");
            assertThat(admin.texts(By.cssSelector(".fa-signup-state"))).containsExactly("Approved");
        }

        JsonNode request = api.get("domains/" + domain + "/signups").expect(200).json().get(0);
        assertThat(request.path("state").asText()).isEqualTo("APPROVED");
        assertThat(request.path("decidedBy").asText()).isEqualTo(login);
        assertThat(api.get("accounts/" + address).expect(200).json().path("displayName").asText()).isEqualTo("Ann Lee");
        assertThat(PythonImap.withStartTls(server).step("a", "login_as", address, CHOSEN_PASSWORD).run().result(0)
                .typ()).isEqualTo("OK");
    }

    @Test
    void inChineseThePageExplainsItselfAndARefusalKeepsItsReason() {
        api.send("PUT", "domains/" + domain + "/signup-policy", Map.of("allowed", true)).expect(200);
        String address = "wang.fang@" + domain;
        try (WebmailBrowser stranger = WebmailBrowser.open(server, "zh-CN")) {
            stranger.get("/signup.xhtml");
            stranger.awaitText(By.tagName("h1"), "申请邮箱");
            ask(stranger, new Attempt("wang..fang", "不能包含连续两个点"),
                    new Attempt("wang.fang", "已收到您对 " + address + " 的申请"), "王芳", "signup-zh.png");
        }

        try (WebmailBrowser admin = domainAdministrator("zh-CN")) {
            admin.get("/admin/signups.xhtml?domain=" + domain);
            admin.awaitText(By.id("requests:list"), address);
            admin.type("requests:reason", "请使用工号作为邮箱名");
            admin.click(By.xpath("//tr[.//span[text()='" + address + "']]//button[contains(@id,'refuse')]"));
            admin.awaitText(By.id("messages"), "已拒绝 " + address + " 的申请");
            assertThat(admin.texts(By.cssSelector(".fa-signup-state"))).containsExactly("已拒绝");
            admin.screenshot(SCREENSHOTS.resolve("admin-signups-zh.png"));
        }

        JsonNode request = api.get("domains/" + domain + "/signups").expect(200).json().get(0);
        assertThat(request.path("state").asText()).isEqualTo("REFUSED");
        assertThat(request.path("reason").asText()).isEqualTo("请使用工号作为邮箱名");
        api.get("accounts/" + address).expect(404);
    }

    /** A local part typed on the page and the text the page answers with. */
    private record Attempt(String localPart, String answer) {
    }

    /** A refused attempt (the form with its message is the screenshot), then one that is taken. */
    private void ask(WebmailBrowser stranger, Attempt refused, Attempt taken, String name, String screenshot) {
        fill(stranger, refused.localPart(), name);
        stranger.awaitText(By.id("signup:messages"), refused.answer());
        stranger.screenshot(SCREENSHOTS.resolve(screenshot));
        fill(stranger, taken.localPart(), name);
        stranger.awaitText(By.id("done"), taken.answer());
    }

    /** Fills the sign-up form (the password field is empty again after each answer) and sends it. */
    private void fill(WebmailBrowser browser, String localPart, String name) {
        browser.choose("signup:domain", domain);
        browser.type("signup:localPart", localPart);
        browser.type("signup:displayName", name);
        browser.type("signup:password", CHOSEN_PASSWORD);
        browser.click("signup:submit");
    }

    private WebmailBrowser domainAdministrator(String language) {
        WebmailBrowser browser = WebmailBrowser.open(server, language);
        browser.logInAsAdministrator(login, ADMIN_PASSWORD);
        browser.awaitUrlContaining("/admin/");
        return browser;
    }
}
