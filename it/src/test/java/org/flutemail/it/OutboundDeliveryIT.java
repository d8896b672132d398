package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.flutemail.it.support.DeliveryReportProbe;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FakeSmtpPeer;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.TestMessages.RawMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mail for other domains leaves through the outbound queue to their servers (here fake peers on
 * loopback, reached through the static routes the server is given), with per-recipient results,
 * retries and bounces.
 */
@FluteServerTest(portOffset = 800, properties = {
    "flute.relay.networks=127.0.0.1/32",
    "flute.outbound.routes=remote.test=127.0.0.1:12825,late.test=127.0.0.1:12826,gone.test=127.0.0.1:12827",
    "flute.outbound.retryScale=0.002",
    "flute.outbound.delayWarning=PT2S"
})
class OutboundDeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final FluteApi api;
    private final PythonSmtp smtplib;
    private final DeliveryReportProbe reports;
    private static FakeSmtpPeer peer;

    OutboundDeliveryIT(FluteServer server, FluteApi api) {
        this.api = api;
        this.smtplib = new PythonSmtp(server);
        this.reports = new DeliveryReportProbe(api, WAIT);
    }

    @BeforeAll
    static void startPeer() throws IOException {
        peer = new FakeSmtpPeer(12825);
    }

    @AfterAll
    static void stopPeer() throws IOException {
        peer.close();
    }

    @Test
    void mailForTwoRecipientsOfAnotherDomainArrivesThereInOneTransaction() {
        RawMessage message = TestMessages.simple("carol@remote.test", "outbound one");
        assertThat(smtplib.send("alice@example.test", List.of("carol@remote.test", "dave@remote.test"),
                message.bytes()).sent()).isTrue();
        FakeSmtpPeer.Received got = awaitAtPeer(message.messageId());
        assertThat(got.recipients()).containsExactly("carol@remote.test", "dave@remote.test");
        assertThat(got.sender()).isEqualTo("alice@example.test");
        assertThat(got.content()).startsWith("Received: ");
        assertThat(got.content()).endsWith(new String(message.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void oneRefusedRecipientBouncesToTheSenderWhileTheOthersAreDelivered() throws Exception {
        String sender = api.createAccount("bounced");
        peer.answerRcpt("nobody@remote.test", "550 5.1.1 <nobody@remote.test>: no such user");
        RawMessage message = TestMessages.simple("erin@remote.test", "outbound with a bad address");
        assertThat(smtplib.send(sender, List.of("erin@remote.test", "nobody@remote.test"), message.bytes()).sent())
                .isTrue();

        FakeSmtpPeer.Received got = awaitAtPeer(message.messageId());
        assertThat(got.recipients()).containsExactly("erin@remote.test");

        MessageSummary bounce = Eventually.await("a delivery report in " + sender, WAIT,
                () -> api.messages(sender, "INBOX").stream().findFirst(), () -> api.messages(sender, "INBOX"));
        MimeMessage report = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(api.content(sender, "INBOX", bounce.uid())));
        assertThat(report.getContentType()).containsIgnoringCase("multipart/report")
                .containsIgnoringCase("delivery-status");
        String status = DeliveryReportProbe.statusPart(api.content(sender, "INBOX", bounce.uid())).orElseThrow();
        assertThat(status).containsPattern("(?i)Final-Recipient: *rfc822; *nobody@remote\\.test")
                .containsIgnoringCase("Action: failed")
                .contains("Status: 5.1.1")
                .contains("Diagnostic-Code: smtp; 550 5.1.1");
        assertThat(status).doesNotContain("erin@remote.test");
    }

    @Test
    void aSenderWhoAskedForSuccessIsToldTheMessageWasRelayedToAServerThatDoesNotReport() {
        String sender = api.createAccount("relayed");
        RawMessage message = TestMessages.simple("fay@remote.test", "outbound with NOTIFY=SUCCESS");
        assertThat(smtplib.notifying("SUCCESS,FAILURE").send(sender, List.of("fay@remote.test"), message.bytes())
                .sent()).isTrue();

        assertThat(awaitAtPeer(message.messageId()).recipients()).containsExactly("fay@remote.test");
        // The peer announces no DSN, so it was never told of NOTIFY: the last word is Flute's.
        String status = reports.awaitReport(sender, "relayed");
        assertThat(status).containsPattern("(?i)Final-Recipient: *rfc822; *fay@remote\\.test")
                .contains("Status: 2.0.0")
                .containsPattern("(?i)Remote-MTA: *dns; *");
    }

    @Test
    void aTemporaryRefusalIsRetriedUntilItSucceeds() {
        peer.answerRcpt("busy@remote.test", "452 4.2.2 mailbox busy, try later");
        RawMessage message = TestMessages.simple("busy@remote.test", "outbound retried");
        assertThat(smtplib.send("alice@example.test", List.of("busy@remote.test"), message.bytes()).sent()).isTrue();
        Eventually.await("a first refused attempt", WAIT,
                () -> peer.attemptedRecipients().contains("busy@remote.test") ? Optional.of(true) : Optional.empty(),
                peer::attemptedRecipients);
        JsonNode queued = Eventually.await("the deferred delivery in the queue", WAIT,
                () -> queueEntryFor("busy@remote.test"), () -> api.get("queue").text());
        assertThat(queued.get("lastError").asText()).contains("452");
        peer.acceptRcpt("busy@remote.test");
        FakeSmtpPeer.Received got = awaitAtPeer(message.messageId());
        assertThat(got.recipients()).containsExactly("busy@remote.test");
        assertThat(peer.attemptedRecipients().stream().filter("busy@remote.test"::equals).count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aServerThatIsDownIsTriedAgainAndGetsTheMailWhenItComesUp() throws IOException {
        RawMessage message = TestMessages.simple("zoe@late.test", "outbound to a server that is down");
        assertThat(smtplib.send("alice@example.test", List.of("zoe@late.test"), message.bytes()).sent()).isTrue();
        JsonNode queued = Eventually.await("a failed first attempt", WAIT,
                () -> queueEntryFor("zoe@late.test").filter(q -> q.get("attempts").asInt() >= 1),
                () -> api.get("queue").text());
        assertThat(queued.get("state").asText()).isEqualTo("QUEUED");
        try (FakeSmtpPeer late = new FakeSmtpPeer(12826)) {
            Eventually.await("delivery once the server is up", WAIT,
                    () -> late.received().stream().filter(r -> r.content().contains(message.messageId())).findFirst(),
                    late::received);
        }
    }

    @Test
    void theSenderIsToldOfADelayAndOfTheBounceAnAdministratorOrders() throws Exception {
        String sender = api.createAccount("waiting");
        RawMessage message = TestMessages.simple("x@gone.test", "to a server that never answers");
        assertThat(smtplib.send(sender, List.of("x@gone.test"), message.bytes()).sent()).isTrue();

        String delayed = reports.awaitReport(sender, "delayed");
        assertThat(delayed).containsPattern("(?i)Final-Recipient: *rfc822; *x@gone\\.test").contains("Status: 4.");
        JsonNode queued = queueEntryFor("x@gone.test").orElseThrow();

        JsonNode bounced = api.post("queue/" + queued.get("id").asLong() + "/bounce", null).expect(200).json();
        assertThat(bounced.get("state").asText()).isEqualTo("DONE");
        assertThat(bounced.get("recipients").get(0).get("state").asText()).isEqualTo("FAILED");
        String failed = reports.awaitReport(sender, "failed");
        assertThat(failed).containsPattern("(?i)Final-Recipient: *rfc822; *x@gone\\.test").contains("Status: 5.");
        assertThat(queueEntryFor("x@gone.test")).as("no longer queued").isEmpty();
    }

    @Test
    void anAdministratorCanRetryNowAndDeleteAQueuedDelivery() {
        RawMessage message = TestMessages.simple("y@gone.test", "to be deleted from the queue");
        assertThat(smtplib.send("alice@example.test", List.of("y@gone.test"), message.bytes()).sent()).isTrue();
        JsonNode queued = Eventually.await("the delivery in the queue", WAIT,
                () -> queueEntryFor("y@gone.test"), () -> api.get("queue").text());
        long id = queued.get("id").asLong();

        JsonNode retried = api.post("queue/" + id + "/retry", null).expect(200).json();
        assertThat(retried.get("id").asLong()).isEqualTo(id);
        assertThat(retried.get("state").asText()).isEqualTo("QUEUED");

        api.delete("queue/" + id).expect(204);
        assertThat(api.get("queue/" + id).status()).isEqualTo(404);
        assertThat(queueEntryFor("y@gone.test")).isEmpty();
        assertThat(api.post("queue/" + id + "/retry", null).status()).isEqualTo(404);
    }

    private FakeSmtpPeer.Received awaitAtPeer(String messageId) {
        return Eventually.await("message " + messageId + " at the peer", WAIT,
                () -> peer.received().stream().filter(r -> r.content().contains(messageId)).findFirst(),
                peer::received);
    }

    private Optional<JsonNode> queueEntryFor(String recipient) {
        for (JsonNode entry : api.get("queue").expect(200).json()) {
            for (JsonNode r : entry.get("recipients")) {
                if (r.get("address").asText().equals(recipient)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }
}
