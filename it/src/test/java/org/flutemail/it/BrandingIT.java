package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.CurlPage;
import org.flutemail.it.support.CurlPage.Fetched;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A domain's branding over REST (theme, colours, login text, logo) and what curl then gets: the login
 * page chosen by {@code ?domain=}, by the Host name and by a domain alias, the logo with safe headers;
 * bad input and other tiers refused with nothing changed; suspended and unknown domains look stock.
 */
@FluteServerTest(portOffset = 3500)
class BrandingIT {

    private static final String ADMIN_PASSWORD = "Branding-Admin-Pw-1";
    private static final String LOGIN_TEXT = "Welcome to <script>alert(1)</script> Example\n欢迎使用示例公司邮箱";

    private final FluteServer server;
    private final FluteApi system;
    private String domain;
    private String foreign;
    private FluteApi domainAdmin;
    private FluteApi foreignAdmin;

    BrandingIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.system = api;
    }

    @BeforeEach
    void aDomainWithItsAdministratorAndAnotherDomainWithItsOwn() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "brand-" + tag + ".test";
        foreign = "other-" + tag + ".test";
        system.createDomain(domain);
        system.createDomain(foreign);
        system.post("domains/" + domain + "/admins", Map.of("login", "bda-" + tag, "password", ADMIN_PASSWORD))
                .expect(201);
        system.post("domains/" + foreign + "/admins", Map.of("login", "oda-" + tag, "password", ADMIN_PASSWORD))
                .expect(201);
        domainAdmin = system.as("bda-" + tag, ADMIN_PASSWORD);
        foreignAdmin = system.as("oda-" + tag, ADMIN_PASSWORD);
    }

    private String path() {
        return "domains/" + domain + "/branding";
    }

    private static Map<String, Object> branding(String theme, String primary, String accent, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("theme", theme);
        body.put("primaryColour", primary);
        body.put("accentColour", accent);
        body.put("loginText", text);
        return body;
    }

    @Test
    void aDomainAdministratorBrandsTheDomainAndTheLoginPageAndLogoShowIt() {
        JsonNode stock = domainAdmin.get(path()).expect(200).json();
        assertThat(stock.path("theme").asText()).isEqualTo("classic");
        assertThat(stock.path("logoType").textValue()).isNull();

        JsonNode saved = domainAdmin.send("PUT", path(), branding("Ocean", "#0A3D62", "#e58e26", LOGIN_TEXT))
                .expect(200).json();
        assertThat(saved.path("theme").asText()).isEqualTo("ocean");
        assertThat(saved.path("primaryColour").asText()).isEqualTo("#0a3d62");
        assertThat(saved.path("loginText").asText()).isEqualTo(LOGIN_TEXT);
        assertThat(system.get(path()).expect(200).json()).isEqualTo(saved);

        byte[] png = TestImages.drawn("png", 240, 60, new Color(0x0a3d62));
        JsonNode withLogo = domainAdmin.sendRaw("PUT", path() + "/logo", png, "application/octet-stream")
                .expect(200).json();
        assertThat(withLogo.path("logoType").asText()).as("sniffed, not the declared type").isEqualTo("image/png");
        String version = withLogo.path("logoVersion").asText();
        assertThat(version).hasSize(16);

        Fetched logo = CurlPage.get(server, "/branding/logo/" + domain);
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.body()).isEqualTo(png);
        assertThat(logo.header("Content-Type")).hasValue("image/png");
        assertThat(logo.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(logo.header("Cache-Control")).hasValue("public, max-age=300");
        assertThat(logo.header("ETag")).hasValue("\"" + version + "\"");
        assertThat(CurlPage.get(server, "/branding/logo/" + domain + "?v=" + version).header("Cache-Control"))
                .hasValue("public, max-age=31536000, immutable");
        Fetched again = CurlPage.get(server, "/branding/logo/" + domain, "If-None-Match: \"" + version + "\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        String alias = "alias-" + domain;
        system.post("domains/" + domain + "/aliases", Map.of("name", alias)).expect(200);
        List<Fetched> pages = List.of(CurlPage.get(server, "/login.xhtml?domain=" + domain),
                CurlPage.get(server, "/login.xhtml", "Host: webmail." + domain.toUpperCase()),
                CurlPage.get(server, "/login.xhtml", "Host: mail." + alias + ":8080"),
                CurlPage.get(server, "/?domain=" + alias));
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(200);
            String html = page.text();
            assertThat(html).contains("Welcome to &lt;script&gt;alert(1)&lt;/script&gt; Example")
                    .contains("欢迎使用示例公司邮箱").doesNotContain("<script>alert(1)")
                    .contains("/branding/logo/" + domain + "?v=" + version)
                    .contains("webmail/themes/ocean.css")
                    .contains(":root:root{--fm-primary:#0a3d62;--fm-on-primary:#ffffff;--fm-accent:#e58e26;}");
        });

        domainAdmin.delete(path() + "/logo").expect(200);
        assertThat(CurlPage.get(server, "/branding/logo/" + domain).status()).isEqualTo(404);
        assertThat(CurlPage.get(server, "/login.xhtml?domain=" + domain).text()).doesNotContain("/branding/logo/")
                .contains("webmail/themes/ocean.css");
        assertThat(system.get("audit?action=domain.branding&domain=" + domain).expect(200).json()
                .findValuesAsText("action")).containsExactlyInAnyOrder("domain.branding.update",
                        "domain.branding.logo", "domain.branding.logo.remove");
    }

    @Test
    void badColoursThemesTextsAndImagesAreRefusedAndChangeNothing() {
        JsonNode good = system.send("PUT", path(), branding("forest", "#2d6a4f", null, "Hello")).expect(200).json();
        byte[] png = TestImages.drawn("png", 100, 40, Color.GREEN);
        system.sendRaw("PUT", path() + "/logo", png, "image/png").expect(200);

        List<ApiResponse> refused = new ArrayList<>();
        refused.add(system.send("PUT", path(), branding("forest", "red", null, "Hello")));
        refused.add(system.send("PUT", path(), branding("forest", "#fff", null, "Hello")));
        refused.add(system.send("PUT", path(), branding("forest", "#000000;}body{display:none", null, "Hello")));
        refused.add(system.send("PUT", path(), branding("forest", "#2d6a4f", "expression(alert(1))", "Hello")));
        refused.add(system.send("PUT", path(), branding("../../WEB-INF/web.xml", null, null, "Hello")));
        refused.add(system.send("PUT", path(), branding("forest", null, null, "字".repeat(501))));
        refused.add(system.send("PUT", path(), "{\"theme\":"));
        List<ApiResponse> refusedLogos = new ArrayList<>();
        refusedLogos.add(system.sendRaw("PUT", path() + "/logo", TestImages.svgWithScript(), "image/png"));
        refusedLogos.add(system.sendRaw("PUT", path() + "/logo", TestImages.svgWithScript(), "image/svg+xml"));
        refusedLogos.add(system.sendRaw("PUT", path() + "/logo", TestImages.padded(png, 300 * 1024), "image/png"));
        refusedLogos.add(system.sendRaw("PUT", path() + "/logo",
                TestImages.drawn("png", 2000, 20, Color.RED), "image/png"));
        refusedLogos.add(system.sendRaw("PUT", path() + "/logo", new byte[0], "image/png"));
        refused.addAll(refusedLogos);
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.status()).as("%s", r).isEqualTo(400);
            assertThat(r.json().path("error").asText()).isEqualTo("invalid");
        });
        assertThat(refused.get(0).json().path("message").asText()).contains("#rrggbb");
        assertThat(refused.get(4).json().path("message").asText()).contains("classic");
        assertThat(refusedLogos.get(0).json().path("message").asText()).contains("SVG");

        JsonNode now = system.get(path()).expect(200).json();
        assertThat(now.path("theme")).isEqualTo(good.path("theme"));
        assertThat(now.path("primaryColour")).isEqualTo(good.path("primaryColour"));
        assertThat(now.path("loginText")).isEqualTo(good.path("loginText"));
        assertThat(now.path("logoType").asText()).isEqualTo("image/png");
        assertThat(CurlPage.get(server, "/branding/logo/" + domain).body()).isEqualTo(png);
        system.send("PUT", "domains/no-such-" + domain + "/branding", branding(null, null, null, null)).expect(404);
    }

    @Test
    void onlyTheSystemAndTheDomainsOwnAdministratorsMayChangeIt() {
        system.send("PUT", path(), branding("sunset", null, null, "Ours")).expect(200);
        String account = "user@" + domain;
        system.createAccount(account, FluteApi.ACCOUNT_PASSWORD, "User");
        FluteApi user = system.as(account, FluteApi.ACCOUNT_PASSWORD);
        byte[] png = TestImages.drawn("png", 50, 50, Color.BLUE);
        for (FluteApi stranger : List.of(foreignAdmin, user)) {
            assertThat(List.of(stranger.get(path()),
                    stranger.send("PUT", path(), branding("graphite", null, null, "Theirs")),
                    stranger.sendRaw("PUT", path() + "/logo", png, "image/png"),
                    stranger.delete(path() + "/logo"))).allSatisfy(r -> assertThat(r.status()).as("%s", r)
                            .isEqualTo(403));
        }
        assertThat(system.anonymous().send("PUT", path(), branding("graphite", null, null, "x")).status())
                .isEqualTo(401);
        foreignAdmin.send("PUT", "domains/" + foreign + "/branding", branding("graphite", null, null, "Theirs"))
                .expect(200);

        JsonNode now = system.get(path()).expect(200).json();
        assertThat(now.path("theme").asText()).isEqualTo("sunset");
        assertThat(now.path("loginText").asText()).isEqualTo("Ours");
        assertThat(now.path("logoType").textValue()).isNull();
    }

    @Test
    void suspendedAndUnknownDomainsShowTheStockLookAndNoLogo() {
        system.send("PUT", path(), branding("graphite", "#ffd166", null, "Only while active")).expect(200);
        system.sendRaw("PUT", path() + "/logo", TestImages.drawn("gif", 80, 30, Color.ORANGE), "image/gif").expect(200);
        String branded = CurlPage.get(server, "/login.xhtml?domain=" + domain).text();
        assertThat(branded).contains("Only while active").contains("themes/graphite.css")
                .contains("--fm-on-primary:#1f2933");
        assertThat(CurlPage.get(server, "/branding/logo/" + domain).header("Content-Type")).hasValue("image/gif");

        system.post("domains/" + domain + "/suspend", null).expect(200, 204);
        Fetched suspendedLogo = CurlPage.get(server, "/branding/logo/" + domain);
        Fetched unknownLogo = CurlPage.get(server, "/branding/logo/unknown-" + domain);
        assertThat(suspendedLogo.status()).isEqualTo(404);
        assertThat(suspendedLogo.text()).isEqualTo(unknownLogo.text().replace("unknown-", ""));
        String stock = CurlPage.get(server, "/login.xhtml").text();
        for (String page : List.of(CurlPage.get(server, "/login.xhtml?domain=" + domain).text(),
                CurlPage.get(server, "/login.xhtml?domain=unknown-" + domain).text(),
                CurlPage.get(server, "/login.xhtml", "Host: mail." + domain).text())) {
            assertThat(page).doesNotContain("Only while active").doesNotContain("/branding/logo/")
                    .doesNotContain("--fm-primary").contains("themes/classic.css");
            assertThat(withoutState(page)).isEqualTo(withoutState(stock));
        }
        system.post("domains/" + domain + "/activate", null).expect(200, 204);
        assertThat(CurlPage.get(server, "/login.xhtml?domain=" + domain).text()).contains("Only while active");
    }

    /** The page without its view state and session-specific ids, which differ between any two requests. */
    private static String withoutState(String html) {
        return html.replaceAll("value=\"[^\"]*:[^\"]*\"", "").replaceAll("jsessionid=[^\"?&;]*", "");
    }
}
