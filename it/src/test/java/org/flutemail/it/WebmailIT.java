package org.flutemail.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.HostileHtml;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The webmail in a real browser (headless Chromium through chromedriver): logging in and what a
 * failed login reveals, reading mail delivered by SMTP (Chinese charsets, HTML, attachments, headers),
 * hostile HTML that must not run, the language switch, logging out and an expired session (this
 * server lets a session idle for one minute). The screenshots in docs/screenshots/ come from here.
 */
@FluteServerTest(portOffset = 2200, properties = "flute.webmail.session.idle.minutes=1")
class WebmailIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    WebmailIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @BeforeEach
    void browserInstalled() {
        assumeThat(WebmailBrowser.installed())
                .as("WebmailIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
    }

    @Test
    void wrongPasswordUnknownAndSuspendedAccountsGetTheSameAnswer() {
        String alice = api.createAccount("web-alice");
        String suspended = api.createAccount("web-suspended");
        api.suspend(suspended);
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            String wrongPassword = failedLogin(browser, alice, "not-the-password");
            String unknown = failedLogin(browser, "nobody-" + System.nanoTime() + "@" + FluteServer.DOMAIN,
                    "not-the-password");
            String refused = failedLogin(browser, suspended, ACCOUNT_PASSWORD);

            assertThat(wrongPassword).isEqualTo("The email address or password is not correct.");
            assertThat(unknown).isEqualTo(wrongPassword);
            assertThat(refused).isEqualTo(wrongPassword);
            browser.screenshot(SCREENSHOTS.resolve("login-failed.png"));
        }
    }

    @Test
    void repeatedFailuresAreThrottledAsForImapAndPop3() {
        String erin = api.createAccount("web-erin");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            for (int i = 0; i < 5; i++) {
                failedLogin(browser, erin, "guess-" + i);
            }
            String answer = failedLogin(browser, erin, ACCOUNT_PASSWORD);

            assertThat(answer).as("even the right password, while the name is locked")
                    .isEqualTo("Too many failed attempts. Please wait a few minutes and try again.");
        }
    }

    @Test
    void aPresetPasswordMustBeReplacedBeforeReadingMail() {
        String frank = api.createAccount("web-frank");
        api.send("PUT", "accounts/" + frank + "/password", Map.of("password", "Reset-Pass-789", "mustChange", true))
                .expect(204);
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.get("/");
            browser.type("login:user", frank);
            browser.type("login:password", "Reset-Pass-789");
            browser.click("login:submit");
            browser.awaitUrlContaining("password.xhtml");
            browser.get("/mail.xhtml");
            browser.awaitUrlContaining("login.xhtml");

            browser.type("login:user", frank);
            browser.type("login:password", "Reset-Pass-789");
            browser.click("login:submit");
            browser.awaitUrlContaining("password.xhtml");
            browser.type("password:new", "My-Own-Pass-456");
            browser.type("password:confirm", "My-Own-Pass-457");
            browser.click("password:submit");
            assertThat(browser.find("password:messages").getText()).contains("not the same");
            browser.type("password:new", "My-Own-Pass-456");
            browser.type("password:confirm", "My-Own-Pass-456");
            browser.click("password:submit");
            browser.awaitUrlContaining("login.xhtml");
            assertThat(browser.find("login:messages").getText()).contains("Your password has been changed");

            browser.type("login:user", frank);
            browser.type("login:password", "My-Own-Pass-456");
            browser.click("login:submit");
            browser.awaitUrlContaining("mail.xhtml");
        }
    }

    private static String failedLogin(WebmailBrowser browser, String user, String password) {
        browser.get("/");
        browser.type("login:user", user);
        browser.type("login:password", password);
        browser.click("login:submit");
        String text = browser.find("login:messages").getText().strip();
        assertThat(browser.url()).contains("login.xhtml");
        return text;
    }

    @Test
    void readsMailDeliveredBySmtpInEnglishAndChinese() {
        String bob = api.createAccount("web-bob");
        deliver(bob, TestMessages.simple(bob, "Plain hello for the webmail").bytes());
        deliver(bob, plainMessage(bob, "=?GB2312?B?1tDOxNPKvP6y4srU?=", "gb2312",
                "GB2312 正文：你好，世界。"));
        deliver(bob, plainMessage(bob, "=?big5?B?pKSk5Q==?= Big5", "big5", "Big5 正文：繁體中文。"));
        deliver(bob, htmlWithAttachment(bob));

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.get("/");
            browser.screenshot(SCREENSHOTS.resolve("login.png"));
            String before = browser.sessionId();
            login(browser, bob);
            assertThat(browser.sessionId()).as("a new session id after login").isNotNull().isNotEqualTo(before);
            browser.awaitText(By.id("mail:messages"), "Plain hello for the webmail");
            assertThat(browser.find("mail:messages").getText()).contains("中文邮件测试", "中文 Big5",
                    "Report with an attachment");
            assertThat(browser.find("mail:folders").getText()).contains("Inbox", "Drafts", "Sent", "Trash", "Junk");
            assertThat(browser.find("mail:folders").getText().indexOf("Inbox"))
                    .isLessThan(browser.find("mail:folders").getText().indexOf("Junk"));
            browser.screenshot(SCREENSHOTS.resolve("mail-list.png"));

            openMessage(browser, "中文邮件测试");
            assertThat(browser.find("plainBody").getText()).isEqualTo("GB2312 正文：你好，世界。");
            openMessage(browser, "中文 Big5");
            assertThat(browser.find("plainBody").getText()).isEqualTo("Big5 正文：繁體中文。");

            openMessage(browser, "Report with an attachment");
            browser.awaitText(By.cssSelector("#mail\\:folders .fm-badge"), "1");
            long seen = 0;
            for (JsonNode m : api.get("accounts/" + bob + "/mailboxes/INBOX/messages").expect(200).json()) {
                seen += m.path("seen").asBoolean() ? 1 : 0;
            }
            assertThat(seen).as("opened messages are marked read for IMAP too").isEqualTo(3);
            browser.awaitTrue("var f=document.getElementById('htmlBody');return !!f && !!f.contentDocument"
                    + " && !!f.contentDocument.body && f.contentDocument.body.textContent.indexOf('quarterly') >= 0;");
            assertThat(browser.find("mail:attachments").getText()).contains("报告.txt");
            assertThat(browser.find("mail:imagesBlocked").getText()).contains("(1)");
            assertThat(browser.script("return document.getElementById('htmlBody').contentDocument"
                    + ".querySelectorAll('img[src^=http]').length")).isEqualTo(0L);
            browser.click("mail:headers");
            browser.awaitText(By.id("mail:allHeaders"), "Message-ID");
            browser.scrollTo("mail:reader");
            browser.screenshot(SCREENSHOTS.resolve("message.png"));
            browser.click("mail:allowImages");
            browser.awaitTrue("var f=document.getElementById('htmlBody');return !!f && !!f.contentDocument"
                    + " && f.contentDocument.querySelectorAll('img[src^=http]').length === 1;");

            browser.click("language:zh");
            browser.awaitText(By.id("mail:folders"), "收件箱");
            assertThat(browser.find("mail:folders").getText()).contains("草稿箱", "已发送", "垃圾邮件");
            assertThat(browser.find("session:logout").getText()).isEqualTo("退出");
            browser.screenshot(SCREENSHOTS.resolve("mail-list-zh.png"));

            browser.resize(390, 844);
            browser.screenshot(SCREENSHOTS.resolve("mail-phone.png"));
            openMessage(browser, "中文邮件测试");
            assertThat(browser.find("mail:back").isDisplayed()).isTrue();
            assertThat(browser.isShown("mail:messages")).as("a phone shows the message alone").isFalse();
            browser.screenshot(SCREENSHOTS.resolve("message-phone.png"));
            browser.resize(1280, 900);

            browser.click("session:logout");
            browser.awaitUrlContaining("login.xhtml");
            browser.get("/mail.xhtml");
            browser.awaitUrlContaining("login.xhtml");
            assertThat(browser.find("login:submit").isDisplayed()).isTrue();
        }
    }

    @Test
    void theBrowsersLanguageChoosesChinese() {
        try (WebmailBrowser browser = WebmailBrowser.open(server, "zh-CN")) {
            browser.get("/");
            assertThat(browser.find("login:submit").getAttribute("textContent").strip()).isEqualTo("登录");
            browser.click("language:en");
            browser.awaitText(By.id("login:submit"), "Log in");
        }
    }

    @Test
    void hostileHtmlRunsNoScript() {
        String carol = api.createAccount("web-carol");
        List<HostileHtml.Payload> corpus = HostileHtml.corpus(); // fewer than a page (25) of messages
        for (HostileHtml.Payload payload : corpus) {
            deliver(carol, hostileMessage(carol, payload));
        }
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, carol);
            browser.awaitText(By.id("mail:messages"), "hostile " + corpus.get(0).name());
            for (HostileHtml.Payload payload : corpus) {
                openMessage(browser, "hostile " + payload.name());
                browser.awaitTrue("var f=document.getElementById('htmlBody');return !!f && !!f.contentDocument"
                        + " && !!f.contentDocument.body && f.contentDocument.readyState === 'complete'"
                        + " && f.contentDocument.body.textContent.indexOf('" + payload.marker() + "') >= 0;");
                @SuppressWarnings("unchecked")
                Map<String, Object> seen = (Map<String, Object>) browser.script(
                        "var f=document.getElementById('htmlBody'), d=f.contentDocument;"
                        + "var handlers=[].slice.call(d.body.querySelectorAll('*')).filter(function(e){"
                        + "  return [].slice.call(e.attributes).some(function(a){return /^on/i.test(a.name);});}).length;"
                        + "return {ran: String(window.__fluteScriptRan || f.contentWindow.__fluteScriptRan || ''),"
                        + " active: d.body.querySelectorAll('script,iframe,object,embed,form,svg,meta,style').length,"
                        + " handlers: handlers,"
                        + " javascript: d.body.innerHTML.toLowerCase().indexOf('javascript:') >= 0};");
                assertThat(seen).as(payload.name()).containsEntry("ran", "").containsEntry("active", 0L)
                        .containsEntry("handlers", 0L).containsEntry("javascript", false);
            }
        }
    }

    @Test
    void anExpiredSessionGoesBackToTheLoginPage() {
        String dave = api.createAccount("web-dave");
        deliver(dave, TestMessages.simple(dave, "Before the session expired").bytes());
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, dave);
            browser.awaitText(By.id("mail:messages"), "Before the session expired");

            browser.forgetSession();
            browser.click(By.xpath("//tr[contains(@class,'ui-datatable-selectable')]"
                    + "[.//*[contains(text(),'Before the session expired')]]"));

            browser.awaitUrlContaining("login.xhtml");
            assertThat(browser.find("login:expired").getText()).contains("Your session has ended");
            browser.screenshot(SCREENSHOTS.resolve("session-expired.png"));
        }
    }

    @Test
    void anIdleSessionExpiresAfterTheConfiguredTime() throws InterruptedException {
        String gina = api.createAccount("web-gina");
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            login(browser, gina);
            browser.find("mail:refresh");

            Thread.sleep(Duration.ofSeconds(75).toMillis()); // idle past the one minute this server is set to
            browser.click("mail:refresh");

            browser.awaitUrlContaining("login.xhtml");
            assertThat(browser.find("login:expired").getText()).contains("Your session has ended");
        }
    }

    private static void login(WebmailBrowser browser, String address) {
        browser.logIn(address, ACCOUNT_PASSWORD);
    }

    private static void openMessage(WebmailBrowser browser, String subject) {
        browser.openMessage(subject);
    }

    /** Delivers by SMTP and waits until the message is in the inbox; returns its subject line. */
    private String deliver(String to, byte[] message) {
        String messageId = header(message, "Message-ID");
        PythonSmtp.Result result = new PythonSmtp(server).send(TestMessages.SENDER, List.of(to), message);
        assertThat(result.sent()).as(result.toString()).isTrue();
        probe.awaitInInbox(to, messageId);
        return header(message, "Subject");
    }

    private static String header(byte[] message, String name) {
        for (String line : new String(message, StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
            if (line.isEmpty()) {
                break;
            }
        }
        throw new IllegalArgumentException("no " + name);
    }

    private static byte[] plainMessage(String to, String subject, String charset, String body) {
        return message(to, subject, "text/plain; charset=" + charset, "base64",
                Base64.getMimeEncoder().encodeToString(body.getBytes(Charset.forName(charset))).getBytes(US_ASCII));
    }

    private static byte[] hostileMessage(String to, HostileHtml.Payload payload) {
        return message(to, "hostile " + payload.name(), "text/html; charset=" + payload.charset(), "8bit",
                payload.bytes());
    }

    private static byte[] htmlWithAttachment(String to) {
        String html = "<html><body><h1>Q3</h1><p>The quarterly figures are attached.</p>"
                + "<img src=\"https://images.invalid/logo.png\" alt=\"logo\"></body></html>";
        String body = "--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "--b1\r\nContent-Type: text/plain; name=\"=?UTF-8?B?5oql5ZGKLnR4dA==?=\"\r\n"
                + "Content-Disposition: attachment; filename=\"=?UTF-8?B?5oql5ZGKLnR4dA==?=\"\r\n\r\n"
                + "figures\r\n--b1--\r\n";
        return message(to, "Report with an attachment", "multipart/mixed; boundary=b1", "7bit",
                body.getBytes(US_ASCII));
    }

    private static byte[] message(String to, String subject, String contentType, String encoding, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("From: Tester <" + TestMessages.SENDER + ">\r\nTo: <" + to + ">\r\nSubject: " + subject
                + "\r\nDate: Mon, 30 Nov 2026 09:15:00 +0800\r\nMessage-ID: " + TestMessages.newMessageId()
                + "\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\nContent-Transfer-Encoding: "
                + encoding + "\r\n\r\n").getBytes(US_ASCII));
        out.writeBytes(body);
        out.writeBytes("\r\n".getBytes(US_ASCII));
        return out.toByteArray();
    }
}
