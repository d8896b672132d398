package org.flutemail.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.ImapConnection;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Writing mail and acting on it in the webmail, in headless Chromium: a message with a Chinese
 * subject, Cc, Bcc and an attachment sent through the submission path to local users and checked
 * byte by byte where it arrives; the copy in Sent; a draft saved, reopened and sent; a reply and a
 * forward as an attachment; and ticked messages flagged, moved, deleted and reported as spam, with
 * folders made and removed, all checked over IMAP (an IDLE session hears of a flag change).
 */
@FluteServerTest(portOffset = 2300)
class WebmailComposeIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private final FluteServer server;
    private final FluteApi api;

    WebmailComposeIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void browserInstalled() {
        assumeThat(WebmailBrowser.installed())
                .as("WebmailComposeIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
    }

    @Test
    void sendsToLocalUsersWithCcBccAChineseSubjectAndAnAttachment() throws Exception {
        String alice = api.createAccount("cmp-alice");
        String bob = api.createAccount("cmp-bob");
        String carol = api.createAccount("cmp-carol");
        String dave = api.createAccount("cmp-dave");
        byte[] attachment = new byte[70_000];
        for (int i = 0; i < attachment.length; i++) {
            attachment[i] = (byte) (i * 31 + 7);
        }
        Path file = Files.createTempDirectory("compose-it").resolve("季度报告.bin");
        Files.write(file, attachment);

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, alice);
            browser.click("mail:compose");
            browser.awaitUrlContaining("compose.xhtml");
            browser.type("compose:to_input", bob);
            browser.type("compose:cc_input", carol);
            browser.type("compose:bcc_input", dave);
            browser.type("compose:subject", "季度报告：第四季度");
            browser.type("compose:plainText", "你好，\n报告在附件里。\nRegards");
            browser.all(By.id("compose:upload_input")).get(0).sendKeys(file.toString());
            browser.awaitText(By.id("compose:attachments"), "季度报告.bin");
            browser.screenshot(SCREENSHOTS.resolve("compose.png"));
            browser.click("compose:send");
            browser.awaitUrlContaining("mail.xhtml");
            assertThat(browser.find("mail:notices").getText()).contains("Your message has been sent");
        }

        for (String recipient : List.of(bob, carol, dave)) {
            byte[] raw = arrived(recipient, "INBOX", "季度报告：第四季度");
            MimeMessage received = parse(raw);
            assertThat(received.getSubject()).isEqualTo("季度报告：第四季度");
            assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).as("From is the logged-in account")
                    .isEqualTo(alice);
            assertThat(received.getHeader("Bcc")).as("no Bcc header reaches " + recipient).isNull();
            assertThat(new String(raw, US_ASCII)).doesNotContain(dave + ">").doesNotContainIgnoringCase("\nBcc:");
            assertThat(received.getHeader("To", ",")).contains(bob);
            assertThat(received.getHeader("Cc", ",")).contains(carol);
            assertThat(received.getHeader("Subject", null)).startsWith("=?UTF-8?");
            Multipart parts = (Multipart) received.getContent();
            assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                    .isEqualTo("你好，\n报告在附件里。\nRegards");
            BodyPart file0 = parts.getBodyPart(1);
            assertThat(jakarta.mail.internet.MimeUtility.decodeText(file0.getFileName())).isEqualTo("季度报告.bin");
            try (InputStream in = file0.getInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(attachment);
            }
        }
        JsonNode sent = Eventually.await("the copy in Sent", ARRIVAL, () -> {
            JsonNode list = api.get("accounts/" + alice + "/mailboxes/Sent/messages").expect(200).json();
            return list.size() == 1 ? Optional.of(list.get(0)) : Optional.empty();
        }, () -> "");
        assertThat(sent.path("seen").asBoolean()).as("Sent copy is \\Seen").isTrue();
        MimeMessage sentCopy = parse(api.content(alice, "Sent", sent.path("uid").asLong()));
        assertThat(sentCopy.getSubject()).isEqualTo("季度报告：第四季度");
        assertThat(sentCopy.getHeader("Bcc", ",")).as("the sender's own copy keeps the Bcc").contains(dave);
    }

    @Test
    void richTextGoesWithAPlainTextTwinAndAReadReceiptRequest() throws Exception {
        String alice = api.createAccount("cmp-rich");
        String bob = api.createAccount("cmp-plain");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, alice);
            browser.get("/compose.xhtml");
            browser.type("compose:to_input", bob);
            browser.type("compose:subject", "rich text");
            browser.click(By.cssSelector("#compose\\:rich .ui-chkbox-box"));
            browser.click(By.cssSelector("#compose\\:html .ql-editor"));
            org.openqa.selenium.WebElement editor = browser.all(By.cssSelector("#compose\\:html .ql-editor")).get(0);
            editor.sendKeys("Hello ");
            editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "b"));
            editor.sendKeys("bold");
            editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "b"));
            editor.sendKeys(" world");
            browser.click(By.cssSelector("#compose\\:readReceipt .ui-chkbox-box"));
            browser.click("compose:send");
            browser.awaitUrlContaining("mail.xhtml");
        }
        MimeMessage received = parse(arrived(bob, "INBOX", "rich text"));
        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        Multipart alternative = (Multipart) received.getContent();
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(((String) alternative.getBodyPart(0).getContent()).strip()).isEqualTo("Hello bold world");
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<strong>bold</strong>");
        assertThat(received.getHeader("Disposition-Notification-To", null)).contains(alice);
    }

    @Test
    void theDefaultSignatureStartsANewMessageAndAnotherCanBeInserted() {
        String alice = api.createAccount("cmp-signer");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, alice);
            browser.click("session:settings");
            browser.awaitUrlContaining("settings.xhtml");
            browser.type("settings:name", "Work");
            browser.type("settings:body", "Alice, Sales\n销售部");
            browser.click(By.cssSelector("#settings\\:makeDefault .ui-chkbox-box"));
            browser.click("settings:save");
            browser.awaitText(By.id("settings:notices"), "The signature has been saved");
            browser.type("settings:name", "Short");
            browser.type("settings:body", "A.");
            browser.click("settings:save");
            browser.awaitText(By.id("settings:signatures"), "Short");
            assertThat(browser.find("settings:signatures").getText()).contains("Work (default)", "销售部");
            browser.screenshot(SCREENSHOTS.resolve("signatures.png"));

            browser.get("/compose.xhtml");
            assertThat(browser.find("compose:plainText").getAttribute("value"))
                    .startsWith("\n").endsWith("\n-- \nAlice, Sales\n销售部");
            browser.choose("compose:signature", "Short");
            browser.awaitTrue("return document.getElementById('compose:plainText').value.endsWith('-- \\nA.');");
        }
    }

    @Test
    void aDraftIsSavedReopenedAndGoneOnceSent() throws Exception {
        String alice = api.createAccount("cmp-drafter");
        String bob = api.createAccount("cmp-reader");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, alice);
            browser.get("/compose.xhtml");
            browser.type("compose:to_input", bob);
            browser.type("compose:subject", "草稿 draft");
            browser.type("compose:plainText", "first version");
            browser.click("compose:saveDraft");
            browser.awaitText(By.id("compose:notices"), "The draft has been saved");

            PythonImap.Run imap = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                    .step("a", "select", "Drafts").step("a", "fetch", "1:*", "(FLAGS)").run();
            assertThat(imap.result(0).lines()).containsExactly("1");
            assertThat(imap.result(1).lines()).singleElement().asString().contains("\\Draft");

            browser.get("/mail.xhtml");
            openFolder(browser, "Drafts");
            openMessage(browser, "草稿 draft");
            browser.click("mail:editDraft");
            browser.awaitUrlContaining("compose.xhtml");
            assertThat(browser.find("compose:subject").getAttribute("value")).isEqualTo("草稿 draft");
            assertThat(browser.find("compose:to_input").getAttribute("value")).contains(bob);
            assertThat(browser.find("compose:plainText").getAttribute("value")).isEqualTo("first version");
            browser.type("compose:plainText", "second version");
            browser.click("compose:send");
            browser.awaitUrlContaining("mail.xhtml");
        }
        MimeMessage received = parse(arrived(bob, "INBOX", "草稿 draft"));
        assertThat(((String) received.getContent()).strip()).isEqualTo("second version");
        assertThat(api.messages(alice, "Drafts")).as("the draft is removed when sent").isEmpty();
    }

    @Test
    void repliesInTheThreadAndForwardsAsAnAttachment() throws Exception {
        String alice = api.createAccount("cmp-replier");
        String bob = api.createAccount("cmp-asker");
        String carol = api.createAccount("cmp-third");
        String messageId = TestMessages.newMessageId();
        byte[] question = ("From: Bob <" + bob + ">\r\nTo: <" + alice + ">\r\nSubject: Lunch?\r\nMessage-ID: "
                + messageId + "\r\nDate: Mon, 30 Nov 2026 09:15:00 +0800\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nNoon at the usual place?\r\n").getBytes(US_ASCII);
        PythonSmtp.Result delivered = new PythonSmtp(server).send(TestMessages.SENDER, List.of(alice), question);
        assertThat(delivered.sent()).as(delivered.toString()).isTrue();
        arrived(alice, "INBOX", "Lunch?");

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, alice);
            openMessage(browser, "Lunch?");
            browser.click("mail:reply");
            browser.awaitUrlContaining("compose.xhtml");
            assertThat(browser.find("compose:subject").getAttribute("value")).isEqualTo("Re: Lunch?");
            assertThat(browser.find("compose:plainText").getAttribute("value")).contains("> Noon at the usual place?");
            browser.click("compose:send");
            browser.awaitUrlContaining("mail.xhtml");

            openMessage(browser, "Lunch?");
            browser.click("mail:forwardAttached");
            browser.awaitUrlContaining("compose.xhtml");
            browser.awaitText(By.id("compose:attachments"), "Lunch_.eml");
            browser.type("compose:to_input", carol);
            browser.click("compose:send");
            browser.awaitUrlContaining("mail.xhtml");
        }
        MimeMessage reply = parse(arrived(bob, "INBOX", "Re: Lunch?"));
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(messageId);
        assertThat(reply.getHeader("References", null)).contains(messageId);
        assertThat((String) reply.getContent()).contains("> Noon at the usual place?");

        byte[] forwarded = arrived(carol, "INBOX", "Fwd: Lunch?");
        Multipart parts = (Multipart) parse(forwarded).getContent();
        BodyPart attached = parts.getBodyPart(1);
        assertThat(attached.isMimeType("message/rfc822")).isTrue();
        MimeMessage inner = (MimeMessage) attached.getContent();
        assertThat(inner.getMessageID()).isEqualTo(messageId);
        assertThat(((String) inner.getContent()).strip()).isEqualTo("Noon at the usual place?");
    }

    @Test
    void actionsOnTickedMessagesAndFoldersAreWhatImapSees() throws Exception {
        String alice = api.createAccount("cmp-sorter");
        for (String subject : List.of("one", "two", "three", "four")) {
            byte[] message = TestMessages.simple(alice, "action " + subject).bytes();
            assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of(alice), message).sent()).isTrue();
        }
        Eventually.await("four messages", ARRIVAL, () -> api.messages(alice, "INBOX").size() == 4
                ? Optional.of(true) : Optional.empty(), () -> api.messages(alice, "INBOX"));

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en");
                ImapConnection idle = ImapConnection.open(server, Duration.ofSeconds(30))) {
            idle.send("l LOGIN " + alice + " " + ACCOUNT_PASSWORD + "\r\n");
            idle.readUntilTagged("l");
            idle.send("s SELECT INBOX\r\n");
            idle.readUntilTagged("s");
            idle.send("i IDLE\r\n");
            assertThat(idle.readLine()).startsWith("+");

            login(browser, alice);
            browser.awaitText(By.id("mail:messages"), "action four");
            tick(browser, "action one");
            tick(browser, "action two");
            browser.click("mail:flag");
            browser.awaitAjax();
            String heard = awaitLine(idle, "FETCH");
            assertThat(heard).as("the IDLE session hears of the flag").contains("\\Flagged");
            idle.send("DONE\r\n");
            idle.readUntilTagged("i");

            browser.type("mail:folderName", "Projects/2026");
            browser.click("mail:createFolder");
            browser.awaitText(By.id("mail:folders"), "2026");
            tick(browser, "action one");
            browser.chooseKept("mail:moveTarget", "2026");
            browser.click("mail:move");
            browser.awaitText(By.id("mail:notices"), "moved");
            tick(browser, "action two");
            browser.click("mail:delete");
            browser.awaitText(By.id("mail:notices"), "deleted");
            tick(browser, "action three");
            browser.click("mail:spam");
            browser.awaitText(By.id("mail:notices"), "Junk");
            browser.screenshot(SCREENSHOTS.resolve("mail-actions.png"));
        }

        PythonImap.Run imap = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "select", "INBOX")
                .step("a", "fetch", "1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
                .step("a", "select", "Projects/2026")
                .step("a", "fetch", "1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
                .step("a", "select", "Trash")
                .step("a", "fetch", "1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
                .step("a", "select", "Junk")
                .step("a", "fetch", "1:*", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
                .step("a", "list", "\"\"", "Projects*")
                .run();
        assertThat(imap.result(0).lines()).containsExactly("1");
        assertThat(String.join("\n", imap.result(1).lines())).doesNotContain("\\Flagged");
        assertThat(imap.result(2).lines()).containsExactly("1");
        assertThat(String.join("\n", imap.result(3).lines())).contains("\\Flagged");
        assertThat(imap.result(4).lines()).containsExactly("1");
        assertThat(String.join("\n", imap.result(5).lines())).contains("\\Flagged");
        assertThat(imap.result(6).lines()).containsExactly("1");
        assertThat(String.join("\n", imap.result(8).lines())).contains("Projects/2026");
        assertThat(subjects(alice, "Projects/2026")).containsExactly("action one");
        assertThat(subjects(alice, "Trash")).containsExactly("action two");
        assertThat(subjects(alice, "Junk")).containsExactly("action three");
        assertThat(subjects(alice, "INBOX")).containsExactly("action four");

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, alice);
            openFolder(browser, "Trash");
            browser.awaitText(By.id("mail:messages"), "action two");
            tick(browser, "action two");
            browser.click("mail:delete");
            browser.awaitText(By.id("mail:notices"), "deleted");
            openFolder(browser, "Junk");
            browser.awaitText(By.id("mail:messages"), "action three");
            browser.click("mail:empty");
            browser.awaitText(By.id("mail:notices"), "emptied");
            openFolder(browser, "Projects/2026");
            browser.click("mail:deleteFolder");
            browser.awaitTrue("return document.querySelectorAll(\"span[data-folder='Projects/2026']\").length === 0;");
        }
        assertThat(subjects(alice, "Trash")).as("the moved folder's message went to Trash")
                .containsExactly("action one");
        assertThat(subjects(alice, "Junk")).isEmpty();
        assertThat(api.mailboxes(alice).stream().map(m -> m.name()).toList()).doesNotContain("Projects/2026");
    }

    @Test
    void aScheduledMessageWaitsCanBeCancelledAndIsSentAtItsTimeEvenAfterARestart() throws Exception {
        String alice = api.createAccount("cmp-planner");
        String bob = api.createAccount("cmp-later");
        java.time.format.DateTimeFormatter pattern = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        java.time.LocalDateTime soon = java.time.LocalDateTime.now().plusMinutes(2).withSecond(0).withNano(0);
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, alice);
            browser.get("/compose.xhtml");
            browser.type("compose:to_input", bob);
            browser.type("compose:subject", "稍后 later");
            browser.type("compose:plainText", "sent by the scheduler");
            browser.type("compose:sendAt_input", soon.format(pattern));
            browser.find("compose:sendAt_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.click("compose:schedule");
            browser.awaitUrlContaining("scheduled.xhtml");
            browser.awaitText(By.id("scheduled:messages"), "稍后 later");
            assertThat(browser.find("scheduled:messages").getText()).contains("Waiting", bob);

            browser.get("/compose.xhtml");
            browser.type("compose:to_input", bob);
            browser.type("compose:subject", "never sent");
            browser.type("compose:sendAt_input", soon.plusDays(1).format(pattern));
            browser.find("compose:sendAt_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.click("compose:schedule");
            browser.awaitUrlContaining("scheduled.xhtml");
            browser.awaitText(By.id("scheduled:messages"), "never sent");
            browser.screenshot(SCREENSHOTS.resolve("scheduled.png"));
            browser.click(By.xpath("//tr[.//*[text()='never sent']]//button"));
            browser.awaitText(By.id("scheduled:notices"), "back in Drafts");
            assertThat(browser.find("scheduled:messages").getText()).doesNotContain("never sent")
                    .contains("稍后 later");
        }
        assertThat(subjects(alice, "Drafts")).containsExactly("never sent");

        server.kill9();
        server.start();

        MessageSummary arrived = Eventually.await("the scheduled message in " + bob + "'s INBOX",
                Duration.ofMinutes(5), () -> api.messages(bob, "INBOX").stream()
                        .filter(m -> "稍后 later".equals(m.subject())).findFirst(), () -> api.messages(bob, "INBOX"));
        MimeMessage received = parse(api.content(bob, "INBOX", arrived.uid()));
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(alice);
        assertThat(received.getSentDate().toInstant()).as("written when it was sent, not when it was scheduled")
                .isAfterOrEqualTo(soon.atZone(java.time.ZoneId.systemDefault()).toInstant().minusSeconds(1));
        assertThat(subjects(bob, "INBOX")).containsExactly("稍后 later");
        assertThat(subjects(alice, "Sent")).containsExactly("稍后 later");
    }

    private List<String> subjects(String address, String mailbox) {
        return api.messages(address, mailbox).stream().map(MessageSummary::subject).toList();
    }

    private static String awaitLine(ImapConnection imap, String containing) throws IOException {
        List<String> seen = new ArrayList<>();
        while (true) {
            String line = imap.readLine();
            if (line == null) {
                throw new AssertionError("connection closed; read " + seen);
            }
            seen.add(line);
            if (line.contains(containing)) {
                return line;
            }
        }
    }

    /** Waits until a message with this subject is in the mailbox; returns its stored bytes. */
    private byte[] arrived(String address, String mailbox, String subject) {
        MessageSummary summary = Eventually.await("'" + subject + "' in " + address + "'s " + mailbox, ARRIVAL,
                () -> api.messages(address, mailbox).stream().filter(m -> subject.equals(m.subject())).findFirst(),
                () -> api.messages(address, mailbox));
        return api.content(address, mailbox, summary.uid());
    }

    private static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    private static void login(WebmailBrowser browser, String address) {
        browser.logIn(address, ACCOUNT_PASSWORD);
    }

    private static void openFolder(WebmailBrowser browser, String name) {
        browser.click(By.cssSelector("span[data-folder='" + name + "']"));
        browser.awaitText(By.cssSelector(".fm-list .fm-pane-title"), name.substring(name.lastIndexOf('/') + 1));
    }

    private static void openMessage(WebmailBrowser browser, String subject) {
        browser.openMessage(subject);
    }

    private static void tick(WebmailBrowser browser, String subject) {
        try {
            clickBox(browser, subject);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                Files.writeString(Path.of("target", "webmail-compose-page.html"), browser.pageSource());
            } catch (IOException ignored) {
                // the timeout says enough
            }
            throw e;
        }
    }

    private static void clickBox(WebmailBrowser browser, String subject) {
        browser.click(By.xpath("//tr[contains(@class,'ui-datatable-selectable')][.//*[text()='" + subject + "']]"
                + "//div[contains(@class,'ui-chkbox-box')]"));
        browser.awaitTrue("var row = document.evaluate(\"//tr[.//*[text()='" + subject + "']]\", document, null,"
                + " XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;"
                + " return row.querySelector('.ui-chkbox-box').getAttribute('aria-checked') === 'true';");
        browser.awaitAjax();
    }
}
