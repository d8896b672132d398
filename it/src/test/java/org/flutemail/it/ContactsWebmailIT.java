package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The address book in the webmail, in headless Chromium: a Foxmail CSV in GBK and a vCard file
 * imported (bad rows reported by line, the others kept), both exports downloaded and read, an address
 * and a group completed in compose, and a message to the group that each member receives (IMAP);
 * the sender of a message added to contacts from the reading view; the help of each screen.
 */
@FluteServerTest(portOffset = 2670)
class ContactsWebmailIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private final FluteServer server;
    private final FluteApi api;

    ContactsWebmailIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void browserInstalled() {
        assumeThat(WebmailBrowser.installed())
                .as("ContactsWebmailIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
    }

    @Test
    void importsExportsCompletesAndSendsToAGroupThatEachMemberReceives() throws Exception {
        String alice = api.createAccount("ct-alice");
        String bob = api.createAccount("ct-bob");
        String carol = api.createAccount("ct-carol");
        String dave = api.createAccount("ct-dave");
        Path dir = Files.createTempDirectory("contacts-it");
        Path foxmail = dir.resolve("foxmail.csv");
        Files.write(foxmail, ("姓名,电子邮件地址,手机,公司,备注,分组\r\n"
                + "鲍勃,bob-at-nowhere,,,,\r\n"
                + "鲍勃," + bob + ",13800138000,飞鸟科技,老客户,Team\r\n"
                + "卡罗尔," + carol + ",,,,Team\r\n").getBytes(Charset.forName("GBK")));
        Path vcard = dir.resolve("dave.vcf");
        Files.writeString(vcard, "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
                + "=E6=88=B4;=E7=BB=B4;;;\r\nEMAIL;INTERNET:" + dave.substring(0, 6) + "\r\n " + dave.substring(6)
                + "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nobody\r\nEND:VCARD\r\n", StandardCharsets.US_ASCII);

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(alice, ACCOUNT_PASSWORD);
            browser.click("mail:contacts");
            browser.awaitUrlContaining("contacts.xhtml");

            browser.all(By.id("contacts:import_input")).get(0).sendKeys(foxmail.toString());
            browser.awaitText(By.id("contacts:notices"), "2 contacts imported, 1 rows skipped");
            assertThat(browser.find("contacts:report").getText()).contains("line 2", "bob-at-nowhere");
            browser.all(By.id("contacts:import_input")).get(0).sendKeys(vcard.toString());
            browser.awaitText(By.id("contacts:notices"), "1 contacts imported, 1 rows skipped");
            assertThat(browser.find("contacts:report").getText()).contains("line 7", "no address");

            String list = browser.find("contacts:list").getText();
            assertThat(list).contains("鲍勃", bob, "13800138000", "飞鸟科技", "卡罗尔", carol, "戴维", dave);
            assertThat(browser.find("contacts:groups").getText()).contains("Team", "鲍勃 <" + bob + ">",
                    "卡罗尔 <" + carol + ">");
            assertThat(browser.find("contacts:domainBook").getText()).as("the domain's accounts").contains(bob);
            browser.screenshot(SCREENSHOTS.resolve("contacts.png"));

            String vcf = download(browser, "contacts:exportVcf");
            assertThat(vcf).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n").contains("FN:鲍勃\r\n",
                    "EMAIL;TYPE=INTERNET:" + bob + "\r\n", "TEL:13800138000\r\n", "ORG:飞鸟科技\r\n",
                    "CATEGORIES:Team\r\n", "FN:戴维\r\n", "EMAIL;TYPE=INTERNET:" + dave + "\r\n");
            assertThat(vcf.split("BEGIN:VCARD", -1)).hasSize(4);
            String csv = download(browser, "contacts:exportCsv");
            assertThat(csv).startsWith("\uFEFFName,Email,Email 2,Email 3,Phone,Company,Notes,Groups\r\n")
                    .contains("鲍勃," + bob + ",,,13800138000,飞鸟科技,老客户,Team\r\n", "卡罗尔," + carol);

            browser.get("/compose.xhtml");
            complete(browser, "compose:to", "Te", "Team:;");
            complete(browser, "compose:cc", "戴维", "戴维 <" + dave + ">");
            assertThat(browser.find("compose:to_input").getAttribute("value")).isEqualTo("Team:;");
            assertThat(browser.find("compose:cc_input").getAttribute("value")).isEqualTo("戴维 <" + dave + ">");
            browser.type("compose:subject", "team message");
            browser.type("compose:plainText", "Hello team");
            browser.click("compose:send");
            browser.awaitUrlContaining("mail.xhtml");
        }

        for (String member : List.of(bob, carol, dave)) {
            List<String> headers = arrivedOverImap(member, "team message");
            assertThat(String.join("\n", headers)).as("the group is written out for " + member)
                    .contains(bob, carol);
        }
    }

    @Test
    void theSenderOfAMessageIsAddedToContactsFromTheReadingView() {
        String alice = api.createAccount("ct-reader");
        String erin = api.createAccount("ct-erin");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(erin, ACCOUNT_PASSWORD);
            browser.get("/compose.xhtml");
            browser.type("compose:to_input", alice);
            browser.type("compose:subject", "add me");
            browser.click("compose:send");
            browser.awaitUrlContaining("mail.xhtml");
        }
        arrivedOverImap(alice, "add me");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "zh-CN")) {
            browser.logIn(alice, ACCOUNT_PASSWORD);
            browser.openMessage("add me");
            browser.click("mail:addSender");
            browser.awaitText(By.id("mail:notices"), "已在您的通讯录中");
            browser.click("mail:readingHelp");
            browser.awaitText(By.id("helpTitle"), "阅读邮件");
            browser.get("/contacts.xhtml");
            assertThat(browser.find("contacts:list").getText()).contains(erin);
            browser.click("help");
            browser.awaitText(By.id("helpTitle"), "通讯录");
            assertThat(browser.find("helpBody").getText()).contains("Foxmail");
            for (String screen : List.of("mail", "compose", "scheduled", "settings")) {
                browser.get("/" + screen + ".xhtml");
                browser.click("help");
                browser.awaitUrlContaining("topic=" + screen);
                assertThat(browser.find("helpBody").getText()).isNotBlank().doesNotContain("???");
            }
        }
    }

    /** Types the start of an address, waits for the offer and picks it. */
    private static void complete(WebmailBrowser browser, String field, String typed, String offer) {
        browser.type(field + "_input", typed);
        By item = By.cssSelector("#" + field.replace(":", "\\:") + "_panel li[data-item-label='" + offer + "']");
        browser.click(item);
        browser.awaitTrue("return document.getElementById('" + field + "_input').value === '" + offer + "';");
    }

    /** What the browser would download from the link: fetched with the browser's session. */
    private String download(WebmailBrowser browser, String linkId) throws Exception {
        WebElement link = browser.find(linkId);
        HttpRequest request = HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + browser.sessionId()).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /**
     * Waits until a message with this (ASCII) subject is in the INBOX over IMAP; returns the Subject, To
     * and Cc headers of each message there.
     */
    private List<String> arrivedOverImap(String address, String subject) {
        return Eventually.await("'" + subject + "' for " + address + " over IMAP", ARRIVAL, () -> {
            PythonImap.Run run = PythonImap.withStartTls(server).session("a", address, ACCOUNT_PASSWORD)
                    .step("a", "select", "INBOX")
                    .step("a", "fetch", "1:*", "(BODY.PEEK[HEADER.FIELDS (SUBJECT TO CC)])").run();
            if (!"OK".equals(run.result(1).typ())) {
                return Optional.<List<String>>empty();
            }
            List<String> headers = new java.util.ArrayList<>();
            run.result(1).json().path("data").forEach(item -> {
                if (item.isArray()) {
                    headers.add(new String(java.util.Base64.getDecoder().decode(
                            item.get(1).path("literal_b64").asText()), StandardCharsets.US_ASCII));
                }
            });
            return headers.stream().anyMatch(h -> h.contains("Subject: " + subject)) ? Optional.of(headers)
                    : Optional.<List<String>>empty();
        }, () -> api.messages(address, "INBOX"));
    }
}
