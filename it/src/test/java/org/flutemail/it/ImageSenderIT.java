package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
 * "Always show images from this sender" in a real browser: the trust is the From address's (another
 * address of the same domain stays blocked), the server decides it (the body's address carries no
 * {@code images=allow} for a trusted sender), and removing the sender in the settings blocks it again.
 */
@FluteServerTest(portOffset = 3450)
class ImageSenderIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();

    private static final String TRUSTED = "news@shop.test";
    private static final String OTHER = "promo@shop.test";

    private static final String FRAME_LOADED = "var f=document.getElementById('htmlBody');return !!f"
            + " && !!f.contentDocument && !!f.contentDocument.body"
            + " && f.contentDocument.body.textContent.indexOf('%s') >= 0;";

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    ImageSenderIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @BeforeEach
    void browserInstalled() {
        assumeThat(WebmailBrowser.installed())
                .as("ImageSenderIT needs Chromium and its driver: apt-get install chromium chromium-driver").isTrue();
    }

    @Test
    void imagesFromATrustedSenderAreShownUntilTheSenderIsRemoved() {
        String carol = api.createAccount("images-carol");
        deliver(carol, "Shop News <" + TRUSTED + ">", "Autumn sale one");
        deliver(carol, "Shop News <" + TRUSTED + ">", "Autumn sale two");
        deliver(carol, "Shop Promotions <" + OTHER + ">", "Promotion three");

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(carol, ACCOUNT_PASSWORD);
            browser.awaitText(By.id("mail:messages"), "Promotion three");

            open(browser, "Autumn sale one");
            assertBlocked(browser);
            assertThat(browser.find("mail:trustSender").getText()).isEqualTo("Always show images from " + TRUSTED);
            browser.scrollTo("mail:reader");
            browser.screenshot(SCREENSHOTS.resolve("webmail-images-sender.png"));
            browser.click("mail:trustSender");
            browser.awaitTrue("return !document.getElementById('mail:imagesBlocked');");
            awaitRemoteImages(browser, 1);

            open(browser, "Autumn sale two");
            awaitRemoteImages(browser, 1);
            assertThat(browser.isShown("mail:imagesBlocked")).as("no notice for a trusted sender").isFalse();
            assertThat(bodyAddress(browser)).as("the server decides, not the address").doesNotContain("images=");

            open(browser, "Promotion three");
            assertBlocked(browser);

            browser.get("/settings.xhtml");
            browser.awaitText(By.id("imageSenders:trusted"), TRUSTED);
            assertThat(browser.find("imageSenders:trusted").getText()).doesNotContain(OTHER);
            browser.click(By.cssSelector("#imageSenders\\:trusted [id$=':remove']"));
            browser.awaitText(By.id("imageSenders:imageSendersNotices"), "Images from " + TRUSTED + " are blocked again.");
            assertThat(browser.find("imageSenders:trusted").getText()).doesNotContain(TRUSTED);

            browser.get("/mail.xhtml");
            browser.awaitText(By.id("mail:messages"), "Autumn sale two");
            open(browser, "Autumn sale two");
            assertBlocked(browser);
        }
    }

    private static void open(WebmailBrowser browser, String subject) {
        browser.openMessage(subject);
        browser.awaitTrue(String.format(FRAME_LOADED, subject));
    }

    /** The notice is there and the frame has no remote image: the sanitiser took every src away. */
    private static void assertBlocked(WebmailBrowser browser) {
        assertThat(browser.find("mail:imagesBlocked").getText()).contains("(1)");
        assertThat(browser.script("return document.getElementById('htmlBody').contentDocument"
                + ".querySelectorAll('img[src^=http]').length")).isEqualTo(0L);
    }

    private static void awaitRemoteImages(WebmailBrowser browser, int count) {
        browser.awaitTrue("var f=document.getElementById('htmlBody');return !!f && !!f.contentDocument"
                + " && f.contentDocument.querySelectorAll('img[src^=\"https://images.invalid/\"]').length === "
                + count + ";");
    }

    private static String bodyAddress(WebmailBrowser browser) {
        return (String) browser.script("return document.getElementById('htmlBody').getAttribute('src');");
    }

    private void deliver(String to, String from, String subject) {
        String messageId = TestMessages.newMessageId();
        String html = "<html><body><p>" + subject + "</p><img src=\"https://images.invalid/" + subject.replace(' ', '-')
                + ".png\" alt=\"banner\"></body></html>";
        byte[] message = ("From: " + from + "\r\nTo: <" + to + ">\r\nSubject: " + subject
                + "\r\nDate: Mon, 30 Nov 2026 09:15:00 +0800\r\nMessage-ID: " + messageId
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        PythonSmtp.Result result = new PythonSmtp(server).send(TestMessages.SENDER, List.of(to), message);
        assertThat(result.sent()).as(result.toString()).isTrue();
        probe.awaitInInbox(to, messageId);
    }
}
