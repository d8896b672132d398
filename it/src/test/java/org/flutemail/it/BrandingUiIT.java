package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.TestImages;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A domain's branding in headless Chromium: its login page reached with {@code ?domain=} shows the
 * login text and the logo, and after login every webmail page wears the domain's colours and logo, in
 * English and in Chinese; the system administrator sets the branding on the domain screen, where a
 * bad colour is refused with nothing changed. Screenshots: docs/screenshots/branding-*.png.
 */
@FluteServerTest(portOffset = 3550)
class BrandingUiIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    /** #0a3d62 and #edf6f9 (the ocean theme's page) as the browser computes them. */
    private static final String PRIMARY = "rgb(10, 61, 98)";
    private static final String OCEAN_PAGE = "rgb(237, 246, 249)";

    private final FluteServer server;
    private final FluteApi api;
    private String domain;
    private String account;

    BrandingUiIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void aBrandedDomainWithAnAccount() {
        assumeThat(WebmailBrowser.installed())
                .as("BrandingUiIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "look-" + tag + ".test";
        account = "mei@" + domain;
        api.createDomain(domain);
        api.createAccount(account, FluteApi.ACCOUNT_PASSWORD, "Mei");
    }

    private void brand(String loginText) {
        Map<String, Object> body = new HashMap<>();
        body.put("theme", "ocean");
        body.put("primaryColour", "#0a3d62");
        body.put("accentColour", "#e58e26");
        body.put("loginText", loginText);
        api.send("PUT", "domains/" + domain + "/branding", body).expect(200);
        api.sendRaw("PUT", "domains/" + domain + "/branding/logo", TestImages.drawn("png", 240, 60, new Color(0xe58e26)),
                "image/png").expect(200);
    }

    @Test
    void theLoginPageAndEveryWebmailPageWearTheDomainsLookInEnglish() {
        brand("Welcome to Look Corp.\nUse your company address.");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.get("/login.xhtml?domain=" + domain);
            assertThat(browser.find("loginText").getText()).isEqualTo("Welcome to Look Corp.\nUse your company address.");
            browser.awaitTrue("const i = document.getElementById('loginLogo'); return i.complete && i.naturalWidth === 240;");
            assertThat(colour(browser, ".fm-top", "backgroundColor")).isEqualTo(PRIMARY);
            browser.screenshot(SCREENSHOTS.resolve("branding-login.png"));

            browser.logIn(account, FluteApi.ACCOUNT_PASSWORD);
            assertBranded(browser);
            browser.screenshot(SCREENSHOTS.resolve("branding-webmail.png"));
            browser.get("/settings.xhtml");
            assertBranded(browser);
            browser.get("/contacts.xhtml");
            assertBranded(browser);
        }
    }

    @Test
    void theLoginPageAndTheWebmailWearTheDomainsLookInChinese() {
        brand("欢迎使用观感公司邮箱。\n请用公司地址登录。");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "zh")) {
            browser.get("/login.xhtml?domain=" + domain);
            assertThat(browser.find("loginText").getText()).isEqualTo("欢迎使用观感公司邮箱。\n请用公司地址登录。");
            assertThat(browser.texts(By.tagName("h1"))).contains("登录");
            browser.awaitTrue("const i = document.getElementById('loginLogo'); return i.complete && i.naturalWidth === 240;");
            browser.screenshot(SCREENSHOTS.resolve("branding-login-zh.png"));

            browser.logIn(account, FluteApi.ACCOUNT_PASSWORD);
            assertBranded(browser);
            assertThat(browser.find("headerLogo").getAttribute("alt")).isEqualTo("徽标");
            browser.screenshot(SCREENSHOTS.resolve("branding-webmail-zh.png"));
        }
    }

    @Test
    void theSystemAdministratorBrandsTheDomainOnItsScreenAndABadColourChangesNothing() throws IOException {
        Path logo = Files.createTempFile("flute-logo", ".png");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            Files.write(logo, TestImages.drawn("png", 200, 50, new Color(0x2d6a4f)));
            browser.logInAsAdministrator(FluteServer.ADMIN_USER, FluteServer.ADMIN_PASSWORD);
            browser.awaitUrlContaining("/admin/dashboard.xhtml");
            browser.get("/admin/domain.xhtml?domain=" + domain);
            browser.choose("branding:theme", "Forest");
            browser.type("branding:primary", "#2D6A4F");
            browser.type("branding:accent", "#95d5b2");
            browser.type("branding:loginText", "Forest staff only");
            assertThat(browser.script("return getComputedStyle(document.querySelector('.fa-preview-header'))"
                    + ".backgroundColor;")).as("the preview follows the typed colour").isEqualTo("rgb(45, 106, 79)");
            browser.click("branding:save");
            browser.awaitText(By.id("messages"), "The branding of " + domain + " was saved.");

            browser.all(By.id("logo:upload_input")).get(0).sendKeys(logo.toString());
            browser.awaitText(By.id("messages"), "The new logo of " + domain + " is in use.");
            browser.awaitTrue("const i = document.getElementById('logo:current'); return !!i && i.complete && i.naturalWidth === 200;");
            browser.scrollTo("branding");
            browser.screenshot(SCREENSHOTS.resolve("branding-admin.png"));

            browser.type("branding:primary", "blue;}");
            browser.click("branding:save");
            browser.awaitText(By.id("messages"), "#rrggbb");
        } finally {
            Files.deleteIfExists(logo);
        }
        JsonNode stored = api.get("domains/" + domain + "/branding").expect(200).json();
        assertThat(stored.path("theme").asText()).isEqualTo("forest");
        assertThat(stored.path("primaryColour").asText()).isEqualTo("#2d6a4f");
        assertThat(stored.path("accentColour").asText()).isEqualTo("#95d5b2");
        assertThat(stored.path("loginText").asText()).isEqualTo("Forest staff only");
        assertThat(stored.path("logoType").asText()).isEqualTo("image/png");
    }

    private static void assertBranded(WebmailBrowser browser) {
        assertThat(colour(browser, ".fm-top", "backgroundColor")).isEqualTo(PRIMARY);
        assertThat(colour(browser, ".fm-top", "borderBottomColor")).isEqualTo("rgb(229, 142, 38)");
        assertThat(colour(browser, "body", "backgroundColor")).isEqualTo(OCEAN_PAGE);
        browser.awaitTrue("const i = document.getElementById('headerLogo'); return !!i && i.complete && i.naturalWidth === 240;");
    }

    private static Object colour(WebmailBrowser browser, String selector, String property) {
        return browser.script("return getComputedStyle(document.querySelector('" + selector + "'))." + property + ";");
    }
}
