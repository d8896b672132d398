package org.flutemail.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import javax.imageio.ImageIO;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.Mailbox;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The webmail's smaller comforts in headless Chromium: an HTML message's {@code cid:} image shown from
 * the message's own part (and an SVG part it names not shown), and the display name set in the
 * settings arriving as the From phrase of mail sent from the webmail, and a folder moved under another
 * parent and back to the top level with its messages and subfolders; a message written on stationery
 * with an emoticon, read back on its paper; the progress bar of a large attachment's upload; and blocked
 * mail stored in the folder with the Junk role after that folder was renamed.
 */
@FluteServerTest(portOffset = 3200)
class WebmailComfortsIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final String FRAME = "document.getElementById('htmlBody').contentDocument";

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    WebmailComfortsIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @BeforeEach
    void browserInstalled() {
        assumeThat(WebmailBrowser.installed())
                .as("WebmailComfortsIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
    }

    @Test
    void aCidImageIsShownFromTheMessagesOwnPartButAnSvgPartIsNot() throws IOException {
        String ann = api.createAccount("cmf-ann");
        String messageId = TestMessages.newMessageId();
        PythonSmtp.Result result = new PythonSmtp(server).send(TestMessages.SENDER, List.of(ann),
                relatedMessage(ann, messageId));
        assertThat(result.sent()).as(result.toString()).isTrue();
        probe.awaitInInbox(ann, messageId);

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(ann, ACCOUNT_PASSWORD);
            browser.openMessage("Our new logo");
            browser.awaitTrue("var f=document.getElementById('htmlBody');return !!f && !!f.contentDocument"
                    + " && !!f.contentDocument.querySelector('img[alt=logo]')"
                    + " && f.contentDocument.querySelector('img[alt=logo]').complete"
                    + " && f.contentDocument.querySelector('img[alt=logo]').naturalWidth > 0;");

            assertThat(browser.script("return " + FRAME + ".querySelector('img[alt=logo]').naturalWidth"))
                    .as("the PNG part, decoded by the browser").isEqualTo(120L);
            assertThat((String) browser.script("return " + FRAME + ".querySelector('img[alt=logo]').getAttribute('src')"))
                    .startsWith("/webmail/message/inline?");
            assertThat(browser.script("return " + FRAME + ".querySelector('img[alt=vector]').hasAttribute('src')"))
                    .as("an SVG part is never served as an image").isEqualTo(false);
            assertThat(browser.script("return " + FRAME + ".querySelector('img[alt=elsewhere]').hasAttribute('src')"))
                    .as("a cid naming no part of this message").isEqualTo(false);
            assertThat(browser.all(By.id("mail:imagesBlocked"))).as("inline parts are not remote images held back")
                    .isEmpty();
            browser.scrollTo("mail:reader");
            browser.screenshot(SCREENSHOTS.resolve("message-inline-image.png"));
        }
    }

    @Test
    void theDisplayNameSetInTheSettingsIsTheFromOfSentMail() throws Exception {
        String ben = api.createAccount("cmf-ben");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(ben, ACCOUNT_PASSWORD);
            browser.get("/settings.xhtml");
            browser.type("identity:displayName", "  王小明 (Ben Wang) ");
            browser.click("identity:saveName");
            browser.awaitText(By.id("identity:identityNotices"), "Your name has been saved");
            browser.get("/settings.xhtml");
            assertThat(browser.find("identity:displayName").getAttribute("value")).isEqualTo("王小明 (Ben Wang)");

            browser.get("/compose.xhtml");
            browser.type("compose:to_input", ben);
            browser.type("compose:subject", "sent under my name");
            browser.type("compose:plainText", "hello");
            browser.click("compose:send");
            browser.awaitUrlContaining("mail.xhtml");
        }

        JsonNode arrived = Eventually.await("the message in the inbox", Duration.ofSeconds(30), () -> {
            for (JsonNode m : api.get("accounts/" + ben + "/mailboxes/INBOX/messages").expect(200).json()) {
                if ("sent under my name".equals(m.path("subject").asText())) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }, () -> "");
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(api.content(ben, "INBOX", arrived.path("uid").asLong())));
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(ben);
        assertThat(from.getPersonal()).isEqualTo("王小明 (Ben Wang)");

        JsonNode audit = api.get("audit?action=account.self-rename&target=" + ben).expect(200).json();
        assertThat(audit.path("total").asLong()).as("the change is audited").isEqualTo(1);
    }

    @Test
    void aFolderMovesUnderAnotherParentAndBackToTheTopWithItsMessagesAndSubfolders() {
        String cai = api.createAccount("cmf-cai");
        PythonImap.Run setup = PythonImap.withStartTls(server).session("c", cai, ACCOUNT_PASSWORD)
                .step("c", "create", "Projects").step("c", "create", "Projects/Old").step("c", "create", "Archive")
                .step("c", "append", "Projects", "", "", PythonImap.octets(
                        TestMessages.simple(cai, "kept in Projects").bytes()))
                .step("c", "append", "Projects/Old", "", "", PythonImap.octets(
                        TestMessages.simple(cai, "kept in Old").bytes()))
                .run();
        for (int i = 0; i < 5; i++) {
            assertThat(setup.result(i).typ()).as("setup step " + i).isEqualTo("OK");
        }

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(cai, ACCOUNT_PASSWORD);
            browser.click(By.cssSelector("span[data-folder='Projects']"));
            browser.awaitText(By.id("mail:messages"), "kept in Projects");
            browser.chooseKept("mail:folderParent", "Archive");
            browser.click("mail:moveFolder");
            browser.awaitTrue("return document.querySelectorAll(\"span[data-folder='Archive/Projects/Old']\").length === 1;");
            assertThat(browser.all(By.cssSelector("span[data-folder='Projects']"))).isEmpty();
            assertThat(folders(cai)).contains("Archive/Projects", "Archive/Projects/Old")
                    .doesNotContain("Projects", "Projects/Old");
            assertThat(subjects(cai, "Archive/Projects")).containsExactly("kept in Projects");
            assertThat(subjects(cai, "Archive/Projects/Old")).containsExactly("kept in Old");

            assertThat(browser.script("return Array.from(document.querySelectorAll('[id=\"mail:folderParent_items\"] li'))"
                    + ".map(function(e){return e.getAttribute('data-label');}).join('|');").toString().split("\\|"))
                    .as("not under itself or its own subfolder").doesNotContain("Archive/Projects", "Archive/Projects/Old");
            browser.chooseKept("mail:folderParent", "(top level)");
            browser.click("mail:moveFolder");
            browser.awaitTrue("return document.querySelectorAll(\"span[data-folder='Projects/Old']\").length === 1;");
        }
        assertThat(folders(cai)).contains("Projects", "Projects/Old", "Archive").doesNotContain("Archive/Projects");
        assertThat(subjects(cai, "Projects/Old")).containsExactly("kept in Old");
    }

    @Test
    void aMessageOnStationeryWithAnEmoticonIsReadBackOnItsPaper() throws Exception {
        String dan = api.createAccount("cmf-dan");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(dan, ACCOUNT_PASSWORD);
            browser.get("/compose.xhtml");
            browser.type("compose:to_input", dan);
            browser.type("compose:subject", "On sky paper");
            browser.click(By.cssSelector("#compose\\:rich .ui-chkbox-box"));
            browser.awaitTrue("return !!document.querySelector('#compose\\\\:html .ql-editor');");
            browser.choose("compose:stationery", "Sky blue");
            browser.awaitTrue("return document.getElementById('compose:body').style.backgroundColor === 'rgb(238, 246, 253)';");
            browser.click(By.cssSelector("#compose\\:html .ql-editor"));
            browser.all(By.cssSelector("#compose\\:html .ql-editor")).get(0).sendKeys("Greetings from the sky ");
            browser.click(By.cssSelector("button.fm-emoticon[title='Party']"));
            browser.awaitTrue("return document.querySelector('#compose\\\\:html .ql-editor').textContent"
                    + ".indexOf('\\uD83C\\uDF89') >= 0;");
            browser.screenshot(SCREENSHOTS.resolve("compose-stationery.png"));
            browser.click("compose:send");
            browser.awaitUrlContaining("mail.xhtml");

            long uid = Eventually.await("the message in the inbox", Duration.ofSeconds(30), () -> api.messages(dan, "INBOX")
                    .stream().filter(m -> m.subject().equals("On sky paper")).map(MessageSummary::uid).findFirst(),
                    () -> "");
            MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(api.content(dan, "INBOX", uid)));
            assertThat(htmlOf(received)).contains("class=\"fm-stationery-sky\"", "background-color:#eef6fd",
                    "Greetings from the sky", "\uD83C\uDF89");

            browser.get("/mail.xhtml");
            browser.openMessage("On sky paper");
            browser.awaitTrue("var f=document.getElementById('htmlBody');return !!f && !!f.contentDocument"
                    + " && !!f.contentDocument.querySelector('div.fm-stationery-sky');");
            assertThat(browser.script("var d=" + FRAME + ".querySelector('div.fm-stationery-sky');"
                    + "return getComputedStyle(d).backgroundColor;")).isEqualTo("rgb(238, 246, 253)");
            assertThat((String) browser.script("return " + FRAME + ".body.textContent;"))
                    .contains("Greetings from the sky", "\uD83C\uDF89");
            browser.scrollTo("mail:reader");
            browser.screenshot(SCREENSHOTS.resolve("message-stationery.png"));
        }
    }

    @Test
    void aLargeAttachmentShowsAProgressBarWhileItUploads() throws IOException {
        String eve = api.createAccount("cmf-eve");
        Path file = Files.createTempDirectory("comforts-it").resolve("large-scan.bin");
        byte[] block = new byte[1 << 20];
        new Random(6).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 30; i++) {
                out.write(block);
            }
        }
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(eve, ACCOUNT_PASSWORD);
            browser.get("/compose.xhtml");
            // Records every progress bar added to the upload area, even one gone again before we look.
            browser.script("window.fmProgress = false; new MutationObserver(function (records) {"
                    + " records.forEach(function (r) { r.addedNodes.forEach(function (n) {"
                    + "  if (n.nodeType === 1 && (n.matches('.ui-progressbar') || n.querySelector('.ui-progressbar'))) {"
                    + "   window.fmProgress = true; } }); }); })"
                    + ".observe(document.getElementById('compose:upload'), {childList: true, subtree: true});");
            browser.all(By.id("compose:upload_input")).get(0).sendKeys(file.toString());
            browser.awaitText(By.id("compose:attachments"), "large-scan.bin");

            assertThat(browser.script("return window.fmProgress;")).as("a progress bar shown during the upload")
                    .isEqualTo(true);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void blockedMailGoesToTheFolderWithTheJunkRoleWhenJunkWasRenamed() {
        String fay = api.createAccount("cmf-fay");
        PythonImap.Run rename = PythonImap.withStartTls(server).session("f", fay, ACCOUNT_PASSWORD)
                .step("f", "rename", "Junk", "Unwanted").run();
        assertThat(rename.result(0).typ()).isEqualTo("OK");
        FluteApi self = api.as(fay, ACCOUNT_PASSWORD);
        ObjectNode settings = (ObjectNode) self.get("self/mail-settings").expect(200).json();
        settings.put("blockedSenders", "spam.example");
        self.send("PUT", "self/mail-settings", settings).expect(204);

        String messageId = TestMessages.newMessageId();
        byte[] promo = ("From: promo@spam.example\r\nTo: " + fay + "\r\nSubject: Buy now\r\nMessage-ID: " + messageId
                + "\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\n\r\nCheap.\r\n").getBytes(US_ASCII);
        PythonSmtp.Result sent = new PythonSmtp(server).send("promo@spam.example", List.of(fay), promo);
        assertThat(sent.sent()).as(sent.toString()).isTrue();

        List<String> ids = Eventually.await("the blocked message stored", Duration.ofSeconds(30), () -> {
            List<String> found = api.messages(fay, "Unwanted").stream().map(MessageSummary::messageId).toList();
            return found.isEmpty() ? Optional.empty() : Optional.of(found);
        }, () -> folders(fay));
        assertThat(ids).containsExactly(messageId);
        assertThat(folders(fay)).as("no folder made by the old name").doesNotContain("Junk");
        assertThat(api.messages(fay, "INBOX")).isEmpty();
    }

    private static String htmlOf(MimeMessage message) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType("text/html")) {
                return (String) alternative.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no text/html part");
    }

    private List<String> folders(String account) {
        return api.mailboxes(account).stream().map(Mailbox::name).toList();
    }

    private List<String> subjects(String account, String folder) {
        return api.messages(account, folder).stream().map(MessageSummary::subject).toList();
    }

    /** multipart/related: HTML naming a PNG part, an SVG part and a cid that is not in the message. */
    private static byte[] relatedMessage(String to, String messageId) throws IOException {
        String html = "<html><body><p>Our new logo:</p><img src=\"cid:logo.1@flute.test\" alt=\"logo\">"
                + "<img src=\"cid:vector@flute.test\" alt=\"vector\"><img src=\"cid:gone@flute.test\" alt=\"elsewhere\">"
                + "</body></html>";
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" onload=\"alert(1)\"/>";
        String text = "From: Design <" + TestMessages.SENDER + ">\r\nTo: <" + to + ">\r\nSubject: Our new logo\r\n"
                + "Date: Mon, 30 Nov 2026 09:15:00 +0800\r\nMessage-ID: " + messageId + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; boundary=rel; type=\"text/html\"\r\n\r\n"
                + "--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n"
                + "--rel\r\nContent-Type: image/png\r\nContent-ID: <logo.1@flute.test>\r\n"
                + "Content-Disposition: inline\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(png()) + "\r\n"
                + "--rel\r\nContent-Type: image/svg+xml\r\nContent-ID: <vector@flute.test>\r\n\r\n" + svg + "\r\n"
                + "--rel--\r\n";
        return text.getBytes(US_ASCII);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a, 0x6f, 0xdb));
        g.fillRect(0, 0, 120, 40);
        g.setColor(Color.WHITE);
        g.drawString("Flute", 40, 25);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
