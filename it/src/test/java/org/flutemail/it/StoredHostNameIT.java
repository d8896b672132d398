package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.FakeSmtpPeer;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailSettingsBody;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.MessageTraces;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.PythonSubmission;
import org.flutemail.it.support.StoredMessage;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The host name stored with {@code PUT /api/v1/settings} is the name the server gives itself in the mail
 * it writes or passes on, not only in its SMTP greeting: the delivery report's {@code From:
 * MAILER-DAEMON@}, {@code Reporting-MTA} and Message-ID, and the trace of automatic replies and
 * forwarded copies, all from the next message on and without a restart.
 */
@FluteServerTest(portOffset = 3850)
class StoredHostNameIT {

    private final FluteServer server;
    private final FluteApi system;
    private final String name = "mx-" + UUID.randomUUID().toString().substring(0, 6) + ".example.test";

    StoredHostNameIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.system = api;
    }

    @AfterEach
    void defaults() {
        system.send("PUT", "settings", Map.of("hostName", "", "smartHost", "")).expect(200);
    }

    @Test
    void aDeliveryReportNamesTheStoredHost() throws IOException {
        try (FakeSmtpPeer peer = new FakeSmtpPeer(0)) {
            peer.answerRcpt("nobody@remote.test", "550 5.1.1 <nobody@remote.test>: no such user");
            system.send("PUT", "settings", Map.of("hostName", name, "smartHost", "127.0.0.1:" + peer.port()))
                    .expect(200);
            String sender = system.createAccount("reported");
            PythonSubmission.Result sent = new PythonSubmission(server.submissionPort()).startTls()
                    .login(sender, FluteApi.ACCOUNT_PASSWORD).send(sender, List.of("nobody@remote.test"),
                            TestMessages.simple("nobody@remote.test", "to nobody").from(sender).bytes());
            assertThat(sent.sent()).as("%s", sent).isTrue();

            String report = content(sender, MessageTraces.awaitCount(system, sender, "INBOX", 1).get(0));
            assertThat(report).contains("From: Mail Delivery System <MAILER-DAEMON@" + name + ">")
                    .contains("Reporting-MTA: dns; " + name)
                    .containsPattern("Message-ID: <[^>]+@" + name.replace(".", "\\.") + ">");
            assertThat(StoredMessage.leadingReceived(report.getBytes(StandardCharsets.UTF_8)))
                    .startsWith("Received: from " + name + " ");
        }
    }

    @Test
    void automaticRepliesAndForwardedCopiesCarryTheStoredHostInTheirTrace() {
        system.send("PUT", "settings", Map.of("hostName", name)).expect(200);
        String away = system.createAccount("away");
        String forwarding = system.createAccount("forwarding");
        String target = system.createAccount("target");
        String writer = system.createAccount("writer");
        Map<String, Object> autoReply = MailSettingsBody.nothingOn();
        autoReply.put("autoReplyEnabled", true);
        autoReply.put("autoReplySubject", "Away");
        autoReply.put("autoReplyBody", "Back on Monday.");
        system.as(away, FluteApi.ACCOUNT_PASSWORD).send("PUT", "self/mail-settings", autoReply).expect(204);
        Map<String, Object> forward = MailSettingsBody.nothingOn();
        forward.put("forwardTo", List.of(target));
        forward.put("forwardKeepCopy", false);
        system.as(forwarding, FluteApi.ACCOUNT_PASSWORD).send("PUT", "self/mail-settings", forward).expect(204);

        PythonSmtp smtp = new PythonSmtp(server);
        assertThat(smtp.send(writer, List.of(away, forwarding), TestMessages.simple(away, "hello").from(writer).bytes())
                .sent()).isTrue();

        String reply = content(writer, MessageTraces.awaitCount(system, writer, "INBOX", 1).get(0));
        assertThat(StoredMessage.leadingReceived(reply.getBytes(StandardCharsets.UTF_8)))
                .as("the automatic reply").startsWith("Received: from " + name + " ").contains("by " + name + " ");
        String copy = content(target, MessageTraces.awaitCount(system, target, "INBOX", 1).get(0));
        assertThat(StoredMessage.leadingReceived(copy.getBytes(StandardCharsets.UTF_8)))
                .as("the forwarded copy").startsWith("Received: from " + name + " ").contains("by " + name + " ");
    }

    private String content(String account, MessageSummary message) {
        return new String(system.content(account, "INBOX", message.uid()), StandardCharsets.UTF_8);
    }
}
