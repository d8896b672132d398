package org.flutemail.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Searching mail in the webmail, in headless Chromium: Chinese mail sent by smtplib in GB2312, Big5
 * and UTF-8 (one with an attachment) and one put in a second folder by imaplib with an arrival date in
 * 2024, found by a word of the body, of the subject, by sender, by date range, by attachment, in one
 * folder and in all; and the quick filter for unread mail. Each time exactly the expected rows show.
 */
@FluteServerTest(portOffset = 2350)
class WebmailSearchIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();

    private static final String BUDGET = "季度预算草案";
    private static final String MEETING = "會議通知";
    private static final String PHOTOS = "旅行照片";
    private static final String ARCHIVED = "去年的预算";

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    WebmailSearchIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @BeforeEach
    void browserInstalled() {
        assumeThat(WebmailBrowser.installed())
                .as("WebmailSearchIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
    }

    @Test
    void findsChineseMailInEveryCharsetByEachCriterionInOneFolderOrAll() {
        String user = api.createAccount("srch-mei");
        deliver(user, plain("Zhang San <zhang@example.test>", BUDGET, "GB2312", "请审阅附上的预算，谢谢。"));
        deliver(user, plain("Wang Wu <wang@example.test>", MEETING, "Big5", "明天下午開會，請準時出席。"));
        deliver(user, withAttachment("Li Si <li@example.test>", PHOTOS, "照片在附件里，请查收。"));
        PythonImap.Run imap = PythonImap.withStartTls(server).session("a", user, ACCOUNT_PASSWORD)
                .step("a", "create", "Projects")
                .step("a", "append", "Projects", "", "\"15-Mar-2024 10:00:00 +0000\"",
                        PythonImap.octets(plain("Zhang San <zhang@example.test>", ARCHIVED, "UTF-8", "预算已经批准了。")))
                .run();
        assertThat(imap.result(0).typ()).isEqualTo("OK");
        assertThat(imap.result(1).typ()).as("the append to Projects").isEqualTo("OK");

        try (WebmailBrowser browser = WebmailBrowser.open(server, "zh-CN")) {
            browser.logIn(user, ACCOUNT_PASSWORD);
            assertThat(subjects(browser)).containsExactlyInAnyOrder(BUDGET, MEETING, PHOTOS);

            // A word of the GB2312 body, in the inbox only, then in all folders (with the folder shown).
            browser.type("mail:searchText", "预算");
            search(browser);
            assertThat(subjects(browser)).containsExactly(BUDGET);
            assertThat(browser.all(By.cssSelector("#mail\\:messages .fm-col-folder"))).isEmpty();
            browser.click(By.cssSelector("#mail\\:searchAllFolders .ui-chkbox-box"));
            search(browser);
            assertThat(subjects(browser)).containsExactlyInAnyOrder(BUDGET, ARCHIVED);
            assertThat(cells(browser, "fm-col-folder")).containsExactlyInAnyOrder("收件箱", "Projects");
            browser.screenshot(SCREENSHOTS.resolve("search.png"));

            // The result opens like a row of the list, from the other folder too.
            browser.openMessage(ARCHIVED);
            assertThat(browser.find("readerFrom").getText()).contains("zhang@example.test");

            // A word of the Big5 body in Traditional characters; the subject, decoded from Big5.
            assertThat(searchBy(browser, "mail:searchText", "開會")).containsExactly(MEETING);
            assertThat(searchBy(browser, "mail:searchSubject", "通知")).containsExactly(MEETING);

            // The sender, by address and by name, in any case.
            assertThat(searchBy(browser, "mail:searchFrom", "ZHANG@example"))
                    .containsExactlyInAnyOrder(BUDGET, ARCHIVED);
            assertThat(searchBy(browser, "mail:searchFrom", "wang wu")).containsExactly(MEETING);

            // Arrival dates: March 2024 holds only the archived message.
            browser.type("mail:searchSince", "2024-03-01");
            browser.type("mail:searchUntil", "2024-03-31");
            search(browser);
            assertThat(subjects(browser)).containsExactly(ARCHIVED);
            browser.type("mail:searchSince", "");
            browser.type("mail:searchUntil", "");

            // Has an attachment, in all folders.
            browser.click(By.cssSelector("#mail\\:searchAttachment .ui-chkbox-box"));
            search(browser);
            assertThat(subjects(browser)).containsExactly(PHOTOS);

            // Clearing the search brings the inbox's whole list back.
            browser.click("mail:clearSearch");
            browser.awaitAjax();
            assertThat(subjects(browser)).containsExactlyInAnyOrder(BUDGET, MEETING, PHOTOS);

            // Quick filter: the budget message has been read, so two remain unread; one has an attachment.
            browser.openMessage(BUDGET);
            quick(browser, 1);
            assertThat(subjects(browser)).containsExactlyInAnyOrder(MEETING, PHOTOS);
            quick(browser, 3);
            assertThat(subjects(browser)).containsExactly(PHOTOS);
            quick(browser, 2);
            assertThat(subjects(browser)).isEmpty();
            assertThat(browser.find("mail:messages").getText()).contains("没有符合搜索条件的邮件");
            quick(browser, 0);
            assertThat(subjects(browser)).containsExactlyInAnyOrder(BUDGET, MEETING, PHOTOS);
        }
    }

    @Test
    void aBig5MessageWithRaw8BitHeadersIsListedSearchedAndReadInBig5() {
        String user = api.createAccount("srch-big5");
        String subject = "董事會議程";
        String id = "<" + UUID.randomUUID() + "@example.tw>";
        // As old Taiwanese mail programs write it: Subject and From name as raw Big5 octets, no RFC 2047.
        byte[] raw = ("From: 陳大文 <chan@example.tw>\r\nTo: someone@example.test\r\nSubject: " + subject
                + "\r\nDate: Mon, 30 Nov 2026 08:00:00 +0800\r\nMessage-ID: " + id + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=big5\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "下週一上午十點開會。\r\n").getBytes(Charset.forName("Big5"));
        PythonSmtp.Result sent = new PythonSmtp(server).send(TestMessages.SENDER, List.of(user), raw);
        assertThat(sent.sent()).as(sent.toString()).isTrue();
        probe.awaitInInbox(user, id);

        try (WebmailBrowser browser = WebmailBrowser.open(server, "zh-CN")) {
            browser.logIn(user, ACCOUNT_PASSWORD);
            assertThat(subjects(browser)).containsExactly(subject);
            assertThat(searchBy(browser, "mail:searchSubject", "議程")).containsExactly(subject);
            assertThat(searchBy(browser, "mail:searchFrom", "陳大文")).containsExactly(subject);
            browser.openMessage(subject);
            assertThat(browser.find("readerFrom").getText()).contains("陳大文");
        }
    }

    /** The subjects found with {@code text} in one field (emptied again after). */
    private static List<String> searchBy(WebmailBrowser browser, String field, String text) {
        browser.type(field, text);
        search(browser);
        List<String> found = subjects(browser);
        browser.type(field, "");
        return found;
    }

    private static void search(WebmailBrowser browser) {
        browser.click("mail:search");
        browser.awaitAjax();
    }

    /** Chooses the quick filter's button at this position (all, unread, flagged, with attachment). */
    private static void quick(WebmailBrowser browser, int position) {
        browser.all(By.cssSelector("#mail\\:quick .ui-button")).get(position).click();
        browser.awaitAjax();
    }

    private static List<String> subjects(WebmailBrowser browser) {
        return browser.all(By.cssSelector("#mail\\:messages .fm-subject")).stream().map(WebElement::getText).toList();
    }

    private static List<String> cells(WebmailBrowser browser, String columnClass) {
        return browser.all(By.cssSelector("#mail\\:messages tbody td." + columnClass)).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private void deliver(String to, byte[] message) {
        PythonSmtp.Result result = new PythonSmtp(server).send(TestMessages.SENDER, List.of(to), message);
        assertThat(result.sent()).as(result.toString()).isTrue();
        probe.awaitInInbox(to, messageId(message));
    }

    private static String messageId(byte[] message) {
        String text = new String(message, US_ASCII);
        int start = text.indexOf("Message-ID: ") + "Message-ID: ".length();
        return text.substring(start, text.indexOf("\r\n", start));
    }

    private static byte[] plain(String from, String subject, String charset, String body) {
        Charset encoding = Charset.forName(charset);
        return (headers(from, subject, encoding) + "Content-Type: text/plain; charset=" + charset + "\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(body.getBytes(encoding)) + "\r\n").getBytes(US_ASCII);
    }

    private static byte[] withAttachment(String from, String subject, String body) {
        Charset utf8 = Charset.forName("UTF-8");
        return (headers(from, subject, utf8) + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(body.getBytes(utf8)) + "\r\n"
                + "--b1\r\nContent-Type: image/jpeg; name=\"trip.jpg\"\r\nContent-Disposition: attachment; "
                + "filename=\"trip.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3}) + "\r\n"
                + "--b1--\r\n").getBytes(US_ASCII);
    }

    private static String headers(String from, String subject, Charset charset) {
        return "From: " + from + "\r\nTo: someone@example.test\r\n"
                + "Subject: =?" + charset.name() + "?B?" + Base64.getEncoder().encodeToString(subject.getBytes(charset))
                + "?=\r\nDate: Mon, 30 Nov 2026 08:00:00 +0800\r\nMessage-ID: <" + UUID.randomUUID()
                + "@example.test>\r\nMIME-Version: 1.0\r\n";
    }
}
