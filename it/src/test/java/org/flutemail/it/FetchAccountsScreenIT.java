package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocket;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.MessageTraces;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.TrustAllTls;
import org.flutemail.it.support.WebmailBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The outside accounts of the fetch agent on the webmail's settings screen in a real browser. The
 * outside mailbox is another account of the same server reached over POP3S, its certificate pinned by
 * the fingerprint typed into the form: added there, collected with "Collect now" into a folder of its
 * own, the last result shown in the list, edited without retyping the password, then deleted; each
 * change in the audit log under the user's name. A class of service without FETCH gets the
 * refusal instead of the form.
 */
@FluteServerTest(portOffset = 3400)
class FetchAccountsScreenIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("flute.it.resources", "src/test/resources"))
            .resolve("../../../../docs/screenshots").normalize();

    private final FluteServer server;
    private final FluteApi api;

    FetchAccountsScreenIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeEach
    void browserInstalled() {
        assumeThat(WebmailBrowser.installed())
                .as("FetchAccountsScreenIT needs Chromium and its driver: apt-get install chromium chromium-driver")
                .isTrue();
    }

    @Test
    void anOutsideAccountAddedOnTheScreenIsCollectedShowsItsResultAndIsDeleted() {
        String source = api.createAccount("fetchui-source");
        String owner = api.createAccount("fetchui-owner");
        String sender = api.createAccount("fetchui-sender");
        assertThat(new PythonSmtp(server).send(sender, List.of(source),
                TestMessages.simple(source, "Waiting elsewhere").from(sender).bytes()).sent()).isTrue();
        MessageTraces.awaitCount(api, source, "INBOX", 1);

        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(owner, ACCOUNT_PASSWORD);
            browser.get("/settings.xhtml");
            assertThat(browser.find("fetch:fetchAccounts").getText()).contains("No other mailboxes yet.");
            browser.type("fetch:fetchHost", FluteServer.HOST);
            browser.type("fetch:fetchPort", Integer.toString(server.pop3sPort()));
            browser.choose("fetch:fetchTls", "TLS from the start (POP3S, IMAPS)");
            browser.type("fetch:fetchCertificate", certificateSha256(server.pop3sPort()));
            browser.type("fetch:fetchUser", source);
            browser.type("fetch:fetchPassword", ACCOUNT_PASSWORD);
            browser.type("fetch:fetchFolder", "Elsewhere");
            // Off the schedule, so the timer cannot be collecting when "Collect now" is pressed.
            browser.click(By.cssSelector("#fetch\\:fetchEnabled .ui-chkbox-box"));
            browser.click("fetch:fetchSave");
            browser.awaitText(By.id("fetch:fetchNotices"), "The mailbox has been saved.");

            assertThat(browser.find("fetch:fetchAccounts").getText()).contains(source).contains("Elsewhere")
                    .contains("POP3 " + FluteServer.HOST + ":" + server.pop3sPort()).contains("Not collected yet");
            assertThat(browser.find("fetch:fetchPassword").getAttribute("value")).isEmpty();
            assertThat(browser.pageSource()).doesNotContain(ACCOUNT_PASSWORD);

            browser.click("fetch:fetchAccounts:0:collect");
            browser.awaitText(By.id("fetch:fetchNotices"), "Collected 1 message.");
            assertThat(browser.find("fetch:fetchAccounts:0:result").getText()).endsWith(": 1 collected");
            browser.screenshot(SCREENSHOTS.resolve("webmail-fetch-accounts.png"));

            List<MessageSummary> collected = MessageTraces.awaitCount(api, owner, "Elsewhere", 1);
            assertThat(collected.get(0).subject()).isEqualTo("Waiting elsewhere");
            assertThat(api.messages(source, "INBOX")).as("a copy stays on the outside server").hasSize(1);

            // Edited without typing the password again: the stored one is kept and still logs in.
            browser.click("fetch:fetchAccounts:0:edit");
            browser.awaitTrue("return document.getElementById('fetch:fetchUser').value === '" + source + "';");
            assertThat(browser.find("fetch:fetchPassword").getAttribute("value")).isEmpty();
            assertThat(browser.find("fetch:fetchHost").getAttribute("value")).isEqualTo(FluteServer.HOST);
            browser.click("fetch:fetchSave");
            browser.awaitText(By.id("fetch:fetchNotices"), "The mailbox has been saved.");
            browser.click("fetch:fetchAccounts:0:collect");
            browser.awaitText(By.id("fetch:fetchNotices"), "Collected no new messages.");

            browser.click("fetch:fetchAccounts:0:delete");
            browser.awaitText(By.id("fetch:fetchNotices"), "The mailbox has been removed");
            assertThat(browser.find("fetch:fetchAccounts").getText()).contains("No other mailboxes yet.");
        }
        assertThat(api.get("accounts/" + FluteApi.segment(owner) + "/fetch-accounts").expect(200).json()).isEmpty();
        assertThat(api.messages(owner, "Elsewhere")).as("collected mail stays").hasSize(1);
        JsonNode audit = api.get("audit?action=fetch-account.&target=" + FluteApi.segment(owner)).expect(200).json()
                .path("entries");
        assertThat(audit.findValuesAsText("action")).containsExactlyInAnyOrder("fetch-account.create",
                "fetch-account.update", "fetch-account.delete");
        assertThat(audit.findValuesAsText("actor")).as("the user who made the change").containsOnly(owner);
        assertThat(audit.toString()).contains(source).doesNotContain(ACCOUNT_PASSWORD);
    }

    @Test
    void withoutTheFetchAccessTheScreenShowsTheRefusalInsteadOfTheForm() {
        String owner = api.createAccount("fetchui-denied");
        String noFetch = "fetchui-no-fetch-" + System.nanoTime();
        api.post("classes-of-service", Map.of("name", noFetch, "access", List.of("IMAP", "WEBMAIL", "SMTP")))
                .expect(201);
        api.send("PUT", "accounts/" + FluteApi.segment(owner) + "/class-of-service", Map.of("name", noFetch))
                .expect(200);
        try (WebmailBrowser browser = WebmailBrowser.open(server, "en")) {
            browser.logIn(owner, ACCOUNT_PASSWORD);
            browser.get("/settings.xhtml");
            assertThat(browser.find("fetch:fetchDenied").getText())
                    .startsWith("Your class of service does not include collecting mail from other mailboxes")
                    .contains("does not include the fetch agent");
            assertThat(browser.all(By.id("fetch:fetchSave"))).isEmpty();
        }
    }

    /** The fingerprint a user would copy from their provider: here read from the server's handshake. */
    private static String certificateSha256(int port) {
        try (SSLSocket socket = (SSLSocket) TrustAllTls.socketFactory().createSocket(FluteServer.HOST, port)) {
            socket.startHandshake();
            byte[] der = socket.getSession().getPeerCertificates()[0].getEncoded();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
