package org.flutemail.protocol.smtp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.protocol.smtp.client.Deliveries.client;
import static org.flutemail.protocol.smtp.client.Deliveries.request;
import static org.flutemail.protocol.smtp.client.Deliveries.settings;

import java.util.List;
import org.flutemail.protocol.smtp.client.route.HostAndPort;
import org.flutemail.protocol.smtp.client.route.StaticMailExchangerResolver;
import org.junit.jupiter.api.Test;

/** STARTTLS (RFC 3207), its failures, and AUTH at a smart host (RFC 4954). */
class TlsAndAuthTest {

    @Test
    void opportunisticStartTlsAcceptsASelfSignedCertificateAndSaysEhloAgain() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                SmtpBehaviour.standard().startTls(TestCertificates.serverContext()))) {
            DeliveryResult result = client().deliverTo(List.of(server.host("mx1.example.test")), request("a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            Peer peer = server.peers().get(0);
            assertThat(peer.isTls()).isTrue();
            assertThat(peer.commands()).startsWith("EHLO mx.flute.test", "STARTTLS", "EHLO mx.flute.test", "MAIL FROM:<alice@flute.test>");
        }
    }

    @Test
    void failedHandshakeMovesOnToTheNextHost() throws Exception {
        try (ScriptedSmtpServer broken = ScriptedSmtpServer.start(brokenTls());
             ScriptedSmtpServer good = ScriptedSmtpServer.start(SmtpBehaviour.standard())) {
            DeliveryResult result = client().deliverTo(List.of(broken.host("mx1.example.test"), good.host("mx2.example.test")),
                    request("a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(result.recipients().get(0).remoteMta()).isEqualTo("mx2.example.test");
            assertThat(broken.connections()).isEqualTo(1);
        }
    }

    @Test
    void failedHandshakeRetriesTheSameHostInPlainTextWhenConfigured() throws Exception {
        ScriptedSmtpServer.Script brokenThenPlain = peer -> {
            if (peer.commands().isEmpty() && isFirstConnection.getAndSet(false)) {
                brokenTls().run(peer);
            } else {
                SmtpBehaviour.standard().run(peer);
            }
        };
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(brokenThenPlain)) {
            SmtpClientSettings fallback = settings().plaintextFallback(true).build();
            DeliveryResult result = client(fallback).deliverTo(List.of(server.host("mx1.example.test")), request("a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(server.connections()).isEqualTo(2);
            assertThat(server.peers().get(1).commands()).doesNotContain("STARTTLS");
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean isFirstConnection = new java.util.concurrent.atomic.AtomicBoolean(true);

    @Test
    void authPlainAtASmartHostOverVerifiedStartTls() throws Exception {
        try (ScriptedSmtpServer relay = ScriptedSmtpServer.start(SmtpBehaviour.standard()
                .startTls(TestCertificates.serverContext()).auth("flute", "s3cret"))) {
            SmtpClientSettings smartHost = settings().tlsMode(TlsMode.STARTTLS_REQUIRED).verifyCertificates(true)
                    .sslContext(TestCertificates.trustingContext()).credentials(new SmtpCredentials("flute", "s3cret")).build();
            SmtpDeliveryClient client = new SmtpDeliveryClient(
                    StaticMailExchangerResolver.smartHost(new HostAndPort("127.0.0.1", relay.port())), smartHost);

            DeliveryResult result = client.deliver(request("someone@elsewhere.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(result.recipients().get(0).remoteMta()).isEqualTo("127.0.0.1");
            assertThat(relay.peers().get(0).commands()).anyMatch(c -> c.startsWith("AUTH PLAIN "));
        }
    }

    @Test
    void refusedCredentialsAreATemporaryFailure() throws Exception {
        try (ScriptedSmtpServer relay = ScriptedSmtpServer.start(SmtpBehaviour.standard().auth("flute", "s3cret"))) {
            SmtpClientSettings wrong = settings().credentials(new SmtpCredentials("flute", "wrong")).authWithoutTls(true).build();
            DeliveryResult result = client(wrong).deliverTo(List.of(relay.host("relay.test")), request("a@example.test"));

            RecipientResult only = result.recipients().get(0);
            assertThat(only.status()).isEqualTo(DeliveryStatus.TEMPORARY_FAILURE);
            assertThat(only.reply().toString()).startsWith("535 5.7.8");
        }
    }

    @Test
    void authLoginWhenPlainIsNotOfferedAndPlainTextIsAllowed() throws Exception {
        ScriptedSmtpServer.Script loginOnly = SmtpBehaviour.firstEhloAnswered("220 relay.test ESMTP",
                SmtpBehaviour.standard().auth("flute", "s3cret"), "250-relay.test", "250 AUTH LOGIN");
        try (ScriptedSmtpServer relay = ScriptedSmtpServer.start(loginOnly)) {
            SmtpClientSettings login = settings().tlsMode(TlsMode.NONE).credentials(new SmtpCredentials("flute", "s3cret"))
                    .authWithoutTls(true).build();
            DeliveryResult result = client(login).deliverTo(List.of(relay.host("relay.test")), request("a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(relay.peers().get(0).commands()).contains("AUTH LOGIN");
        }
    }

    @Test
    void credentialsAreNeverSentWithoutTlsUnlessAllowed() throws Exception {
        try (ScriptedSmtpServer relay = ScriptedSmtpServer.start(SmtpBehaviour.standard().auth("flute", "s3cret"))) {
            SmtpClientSettings careful = settings().credentials(new SmtpCredentials("flute", "s3cret")).build();
            DeliveryResult result = client(careful).deliverTo(List.of(relay.host("relay.test")), request("a@example.test"));

            assertThat(result.recipients().get(0).status()).isEqualTo(DeliveryStatus.TEMPORARY_FAILURE);
            assertThat(relay.peers().get(0).commands()).noneMatch(c -> c.startsWith("AUTH"));
        }
    }

    /** Offers STARTTLS, says 220, then answers the handshake with plain text. */
    private static ScriptedSmtpServer.Script brokenTls() {
        return peer -> {
            peer.send("220 broken.test ESMTP");
            peer.read();
            peer.send("250-broken.test", "250 STARTTLS");
            peer.read();
            peer.send("220 2.0.0 Ready to start TLS");
            peer.send("this is not a TLS server hello, just text");
            peer.awaitHangUp();
        };
    }
}
