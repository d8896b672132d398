package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.flutemail.it.support.FakeSmtpPeer;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.SmtpConnection;
import org.flutemail.it.support.SmtpConnection.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An unauthenticated client outside the trusted networks can send only to local domains, whatever
 * form it gives the address. A route to a real peer for {@code remote.test} is configured, so a
 * relay that slipped through would show up there.
 */
@FluteServerTest(portOffset = 900, properties = {"flute.outbound.routes=remote.test=127.0.0.1:12925"})
class OpenRelayIT {

    private final FluteServer server;
    private static FakeSmtpPeer peer;

    OpenRelayIT(FluteServer server) {
        this.server = server;
    }

    @BeforeAll
    static void startPeer() throws IOException {
        peer = new FakeSmtpPeer(12925);
    }

    @AfterAll
    static void checkNothingWasRelayedAndStop() throws IOException {
        try {
            assertThat(peer.attemptedRecipients()).as("recipients offered to the remote peer").isEmpty();
        } finally {
            peer.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "victim@remote.test",
        "victim%remote.test@example.test",
        "@example.test:victim@remote.test",
        "\"victim@remote.test\"@example.test",
        "victim@remote.test@example.test",
        "remote.test!victim@example.test",
        "victim@remote.test.",
        "victim@[127.0.0.1]",
        "victim@REMOTE.TEST",
        "victim@example.test.remote.test"
    })
    void anUnauthenticatedClientCannotRelay(String recipient) throws IOException {
        try (SmtpConnection smtp = session()) {
            assertThat(smtp.command("MAIL FROM:<spammer@elsewhere.test>").code()).isEqualTo(250);
            Reply reply = smtp.command("RCPT TO:<" + recipient + ">");
            assertThat(reply.code()).as("reply to RCPT TO:<%s>: %s", recipient, reply).isBetween(500, 599);
            Reply data = smtp.command("DATA");
            assertThat(data.code()).isNotEqualTo(354);
        }
    }

    @org.junit.jupiter.api.Test
    void localRecipientsStillGetTheirMail() throws IOException {
        try (SmtpConnection smtp = session()) {
            smtp.command("MAIL FROM:<someone@elsewhere.test>").require(250);
            assertThat(smtp.command("RCPT TO:<postmaster@example.test>").code()).isEqualTo(250);
            assertThat(smtp.command("RCPT TO:<Postmaster>").code()).isEqualTo(250);
        }
    }

    private SmtpConnection session() throws IOException {
        return SmtpConnection.openSession(FluteServer.HOST, server.smtpPort(), Duration.ofSeconds(30));
    }
}
