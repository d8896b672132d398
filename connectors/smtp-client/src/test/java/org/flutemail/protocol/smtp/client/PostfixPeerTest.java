package org.flutemail.protocol.smtp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.flutemail.protocol.smtp.client.route.HostAndPort;
import org.flutemail.protocol.smtp.client.route.StaticMailExchangerResolver;
import org.junit.jupiter.api.Test;

/**
 * Against the reference peer, a real Postfix (see {@code shared/peer/README.md}: {@code setup-peer.sh}
 * starts it on 127.0.0.1, MX-style SMTP on 2525 for {@code example.test}, submission with AUTH on
 * 5587). CI does not start the peer, so these tests are skipped, with a message, when it is not
 * listening.
 */
class PostfixPeerTest {

    private static final String HOST = "127.0.0.1";
    private static final int SMTP_PORT = 2525;
    private static final int SUBMISSION_PORT = 5587;

    @Test
    void postfixAcceptsTheKnownRecipientAndRefusesTheUnknownOne() {
        assumePeerListens(SMTP_PORT);
        SmtpDeliveryClient client = new SmtpDeliveryClient(
                StaticMailExchangerResolver.builder().route("example.test", new HostAndPort(HOST, SMTP_PORT)).build(),
                SmtpClientSettings.builder("client.flute.test").timeouts(Timeouts.all(Duration.ofSeconds(30))).build());

        DeliveryResult result = client.deliver(request("user1@example.test", "nosuchuser@example.test"));

        RecipientResult known = result.recipients().get(0);
        RecipientResult unknown = result.recipients().get(1);
        assertThat(known.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(known.reply().code()).isEqualTo(250);
        assertThat(unknown.status()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(unknown.reply().code()).isEqualTo(550);
        assertThat(unknown.reply().enhancedStatus()).isEqualTo("5.1.1");
    }

    @Test
    void postfixSubmissionTakesAuthPlainAfterStartTls() {
        assumePeerListens(SUBMISSION_PORT);
        DeliveryResult result = submissionClient("pass").deliver(request("user2@example.test"));

        assertThat(result.allDelivered()).as(result.toString()).isTrue();
    }

    @Test
    void postfixSubmissionRefusesAWrongPasswordAsATemporaryFailure() {
        assumePeerListens(SUBMISSION_PORT);
        RecipientResult only = submissionClient("not-the-password").deliver(request("user2@example.test")).recipients().get(0);

        assertThat(only.status()).isEqualTo(DeliveryStatus.TEMPORARY_FAILURE);
        assertThat(only.reply().code()).isEqualTo(535);
    }

    /** The peer's submission port as a smart host: STARTTLS required (its certificate is self-signed), AUTH as user1. */
    private static SmtpDeliveryClient submissionClient(String password) {
        SmtpClientSettings smartHost = SmtpClientSettings.builder("client.flute.test")
                .timeouts(Timeouts.all(Duration.ofSeconds(30)))
                .tlsMode(TlsMode.STARTTLS_REQUIRED)
                .credentials(new SmtpCredentials("user1", password))
                .build();
        return new SmtpDeliveryClient(StaticMailExchangerResolver.smartHost(new HostAndPort(HOST, SUBMISSION_PORT)), smartHost);
    }

    private static DeliveryRequest request(String... recipients) {
        String message = "From: alice@flute.test\r\nTo: " + recipients[0] + "\r\nSubject: from the Flute SMTP client test\r\n"
                + "Message-ID: <" + System.nanoTime() + "@client.flute.test>\r\n\r\n.a line with a leading dot\r\nBye.\r\n";
        return DeliveryRequest.of(ReversePath.of("alice@flute.test"),
                List.of(recipients).stream().map(Recipient::of).toList(),
                MessageContent.ofBytes(message.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assumePeerListens(int port) {
        boolean listening;
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(HOST, port), 1000);
            listening = true;
        } catch (IOException notThere) {
            listening = false;
        }
        assumeTrue(listening, "reference peer (Postfix) not listening on " + HOST + ":" + port
                + "; start it with shared/peer/setup-peer.sh to run this test");
    }
}
