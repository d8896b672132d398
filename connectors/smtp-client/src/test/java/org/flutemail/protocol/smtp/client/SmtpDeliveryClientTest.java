package org.flutemail.protocol.smtp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.protocol.smtp.client.Deliveries.client;
import static org.flutemail.protocol.smtp.client.Deliveries.request;
import static org.flutemail.protocol.smtp.client.Deliveries.settings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.flutemail.protocol.smtp.client.route.RemoteHost;
import org.junit.jupiter.api.Test;

/** The dialogue with plain-text servers: recipients, pipelining, replies, failing hosts. */
class SmtpDeliveryClientTest {

    @Test
    void deliversToSeveralRecipientsWithPipelining() throws Exception {
        // The server answers MAIL only after it has read all three RCPTs: only a pipelining client gets through.
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(SmtpBehaviour.standard().holdMailReplyUntilRcpts(3))) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")),
                    request("a@example.test", "b@example.test", "c@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(result.recipients()).allSatisfy(r -> {
                assertThat(r.remoteMta()).isEqualTo("mx1.example.test");
                assertThat(r.reply().code()).isEqualTo(250);
                assertThat(r.reply().enhancedStatus()).isEqualTo("2.0.0");
            });
            assertThat(server.peers().get(0).commands()).containsExactly("EHLO mx.flute.test",
                    "MAIL FROM:<alice@flute.test>", "RCPT TO:<a@example.test>", "RCPT TO:<b@example.test>",
                    "RCPT TO:<c@example.test>", "DATA", "QUIT");
            assertThat(new String(server.peers().get(0).data(), StandardCharsets.UTF_8)).isEqualTo(Deliveries.MESSAGE + ".\r\n");
            assertThat(server.failures()).isEmpty();
        }
    }

    @Test
    void deliversToSeveralRecipientsOneCommandAtATimeWithoutPipelining() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(SmtpBehaviour.standard().extensions("8BITMIME"))) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")),
                    request("a@example.test", "b@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(result.recipients()).as("no DSN there: a success report would be ours to send")
                    .noneMatch(RecipientResult::remoteReports);
            assertThat(server.peers().get(0).commands()).containsExactly("EHLO mx.flute.test",
                    "MAIL FROM:<alice@flute.test>", "RCPT TO:<a@example.test>", "RCPT TO:<b@example.test>", "DATA", "QUIT");
        }
    }

    @Test
    void oneRefusedRecipientDoesNotHoldUpTheOthers() throws Exception {
        SmtpBehaviour behaviour = SmtpBehaviour.standard().rcptReply(address -> address.startsWith("nobody")
                ? "550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown" : "250 2.1.5 Ok");
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(behaviour)) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")),
                    request("a@example.test", "nobody@example.test", "c@example.test"));

            assertThat(result.recipients()).extracting(RecipientResult::status).containsExactly(
                    DeliveryStatus.DELIVERED, DeliveryStatus.PERMANENT_FAILURE, DeliveryStatus.DELIVERED);
            RecipientResult refused = result.recipients().get(1);
            assertThat(refused.reply().code()).isEqualTo(550);
            assertThat(refused.reply().enhancedStatus()).isEqualTo("5.1.1");
            assertThat(refused.reply().text()).contains("User unknown");
            assertThat(refused.remoteMta()).isEqualTo("mx1.example.test");
        }
    }

    @Test
    void tooManyRecipientsLeavesTheRestForLater() throws Exception {
        SmtpBehaviour behaviour = SmtpBehaviour.standard().rcptReply(address -> address.startsWith("r3") || address.startsWith("r4")
                ? "452 4.5.3 Too many recipients" : "250 2.1.5 Ok");
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(behaviour)) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test"), server.host("mx2.example.test")),
                    request("r1@example.test", "r2@example.test", "r3@example.test", "r4@example.test"));

            assertThat(result.recipients()).extracting(RecipientResult::status).containsExactly(
                    DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED,
                    DeliveryStatus.TEMPORARY_FAILURE, DeliveryStatus.TEMPORARY_FAILURE);
            assertThat(result.recipients().get(2).reply().toString()).isEqualTo("452 4.5.3 Too many recipients");
            assertThat(server.connections()).as("a 452 is an answer: no second host for it now").isEqualTo(1);
        }
    }

    @Test
    void busyGreetingMovesOnToTheNextHost() throws Exception {
        try (ScriptedSmtpServer busy = ScriptedSmtpServer.start(SmtpBehaviour.standard().greeting("421 4.3.2 Too busy, try later"));
             ScriptedSmtpServer good = ScriptedSmtpServer.start(SmtpBehaviour.standard())) {
            DeliveryResult result = client().deliverTo(List.of(busy.host("mx1.example.test"), good.host("mx2.example.test")),
                    request("a@example.test", "b@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(result.recipients()).extracting(RecipientResult::remoteMta).containsOnly("mx2.example.test");
            assertThat(busy.connections()).isEqualTo(1);
        }
    }

    @Test
    void refusedConnectionMovesOnToTheNextHost() throws Exception {
        try (ScriptedSmtpServer good = ScriptedSmtpServer.start(SmtpBehaviour.standard())) {
            DeliveryResult result = client().deliverTo(List.of(closedPort("mx1.example.test"), good.host("mx2.example.test")),
                    request("a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(result.recipients().get(0).remoteMta()).isEqualTo("mx2.example.test");
        }
    }

    @Test
    void allHostsDownIsATemporaryFailureForEveryone() throws Exception {
        DeliveryResult result = client().deliverTo(List.of(closedPort("mx1.example.test"), closedPort("mx2.example.test")),
                request("a@example.test", "b@example.test"));

        assertThat(result.recipients()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(DeliveryStatus.TEMPORARY_FAILURE);
            assertThat(r.reply().code()).isEqualTo(451);
            assertThat(r.reply().enhancedStatus()).isEqualTo("4.4.1");
            assertThat(r.answeredByRemote()).isFalse();
        });
    }

    @Test
    void refusalAfterTheDataIsPermanentForEveryAcceptedRecipient() throws Exception {
        SmtpBehaviour behaviour = SmtpBehaviour.standard()
                .rcptReply(address -> address.startsWith("nobody") ? "550 5.1.1 No such user" : "250 2.1.5 Ok")
                .endOfDataReply("554 5.7.1 Message rejected as spam");
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(behaviour)) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")),
                    request("a@example.test", "nobody@example.test", "c@example.test"));

            assertThat(result.recipients()).extracting(r -> r.reply().toString()).containsExactly(
                    "554 5.7.1 Message rejected as spam", "550 5.1.1 No such user", "554 5.7.1 Message rejected as spam");
            assertThat(result.withStatus(DeliveryStatus.PERMANENT_FAILURE)).hasSize(3);
        }
    }

    @Test
    void temporaryRefusalAfterTheDataIsTemporary() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                SmtpBehaviour.standard().endOfDataReply("451 4.3.0 Queue file write error"))) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")), request("a@example.test"));

            assertThat(result.recipients().get(0).status()).isEqualTo(DeliveryStatus.TEMPORARY_FAILURE);
            assertThat(result.recipients().get(0).reply().enhancedStatus()).isEqualTo("4.3.0");
        }
    }

    @Test
    void refusedSenderIsPermanentForAll() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                SmtpBehaviour.standard().mailReply("553 5.7.1 Sender address rejected"))) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")),
                    request("a@example.test", "b@example.test"));

            assertThat(result.withStatus(DeliveryStatus.PERMANENT_FAILURE)).hasSize(2);
            assertThat(server.peers().get(0).commands()).doesNotContain("DATA").contains("QUIT");
        }
    }

    @Test
    void messageLargerThanTheServersSizeLimitIsRefusedWithoutSendingIt() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(SmtpBehaviour.standard().extensions("PIPELINING", "SIZE 20"))) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")), request("a@example.test"));

            RecipientResult only = result.recipients().get(0);
            assertThat(only.status()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
            assertThat(only.reply().code()).isEqualTo(552);
            assertThat(only.reply().enhancedStatus()).isEqualTo("5.3.4");
            assertThat(server.peers().get(0).commands()).noneMatch(c -> c.startsWith("MAIL"));
        }
    }

    @Test
    void sizeIsDeclaredWhenTheServerHasRoomForTheMessage() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(SmtpBehaviour.standard().extensions("SIZE 1000000"))) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")), request("a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(server.peers().get(0).commands())
                    .contains("MAIL FROM:<alice@flute.test> SIZE=" + Deliveries.MESSAGE.length());
        }
    }

    @Test
    void linesStartingWithADotAreStuffedAndTheLastLineIsEnded() throws Exception {
        String message = "Subject: dots\r\n\r\n.hidden\r\n..two\r\nmiddle . dot\r\n.\r\nlast line without end";
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(SmtpBehaviour.standard())) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")),
                    Deliveries.requestWithContent(message, "a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(new String(server.peers().get(0).data(), StandardCharsets.UTF_8)).isEqualTo(
                    "Subject: dots\r\n\r\n..hidden\r\n...two\r\nmiddle . dot\r\n..\r\nlast line without end\r\n.\r\n");
        }
    }

    @Test
    void silentServerFailsFastWithLoweredTimeouts() throws Exception {
        try (ScriptedSmtpServer silent = ScriptedSmtpServer.start(Peer::awaitHangUp)) {
            SmtpClientSettings fast = settings().timeouts(Timeouts.all(Duration.ofMillis(300))).build();
            DeliveryResult result = client(fast).deliverTo(List.of(silent.host("mx1.example.test")), request("a@example.test"));

            RecipientResult only = result.recipients().get(0);
            assertThat(only.status()).isEqualTo(DeliveryStatus.TEMPORARY_FAILURE);
            assertThat(only.reply().enhancedStatus()).isEqualTo("4.4.2");
            assertThat(only.reply().text()).contains("timed out");
        }
    }

    @Test
    void connectionLostAfterTheRecipientsGoesToTheNextHost() throws Exception {
        ScriptedSmtpServer.Script dropsAtData = peer -> {
            peer.send("220 flaky.test ESMTP");
            peer.read();
            peer.send("250-flaky.test", "250 PIPELINING");
            peer.read();
            peer.read();
            peer.send("250 2.1.0 Ok", "250 2.1.5 Ok");
            peer.read(); // DATA: hang up instead of answering
        };
        try (ScriptedSmtpServer flaky = ScriptedSmtpServer.start(dropsAtData);
             ScriptedSmtpServer good = ScriptedSmtpServer.start(SmtpBehaviour.standard())) {
            DeliveryResult result = client().deliverTo(List.of(flaky.host("mx1.example.test"), good.host("mx2.example.test")),
                    request("a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(result.recipients().get(0).remoteMta()).isEqualTo("mx2.example.test");
        }
    }

    @Test
    void ehloRefusedFallsBackToHelo() throws Exception {
        ScriptedSmtpServer.Script oldServer = SmtpBehaviour.firstEhloAnswered("220 old.test SMTP",
                SmtpBehaviour.standard().extensions(), "502 5.5.2 Command not implemented");
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(oldServer)) {
            DeliveryResult result = client().deliverTo(List.of(server.host("old.example.test")), request("a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(server.peers().get(0).commands()).startsWith("EHLO mx.flute.test", "HELO mx.flute.test");
        }
    }

    @Test
    void messageNeedingSmtpUtf8IsRefusedWhereTheServerLacksIt() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(SmtpBehaviour.standard())) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")), request("用户@example.test"));

            RecipientResult only = result.recipients().get(0);
            assertThat(only.status()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
            assertThat(only.reply().toString()).startsWith("553 5.6.7");
        }
    }

    @Test
    void dsnAndBodyParametersArePassedOnWhenOffered() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                SmtpBehaviour.standard().extensions("8BITMIME", "SMTPUTF8", "DSN"))) {
            DeliveryRequest request = new DeliveryRequest("example.test", ReversePath.of("alice@flute.test"),
                    List.of(new Recipient("用户@example.test", "FAILURE,DELAY", "bob+x@example.test")),
                    MessageContent.ofBytes(Deliveries.MESSAGE.getBytes(StandardCharsets.UTF_8)),
                    BodyType.EIGHT_BIT_MIME, false, "queue-42=x", ReturnContent.HDRS);
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")), request);

            assertThat(result.allDelivered()).isTrue();
            assertThat(result.recipients()).as("the server took NOTIFY: reports are its to send")
                    .allMatch(RecipientResult::remoteReports);
            assertThat(server.peers().get(0).commands()).contains(
                    "MAIL FROM:<alice@flute.test> BODY=8BITMIME SMTPUTF8 RET=HDRS ENVID=queue-42+3Dx",
                    "RCPT TO:<用户@example.test> NOTIFY=FAILURE,DELAY ORCPT=rfc822;bob+2Bx@example.test");
        }
    }

    private static RemoteHost closedPort(String name) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new RemoteHost(name, InetAddress.getLoopbackAddress(), socket.getLocalPort());
        }
    }
}
