package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.Dkimpy;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FakeSmtpPeer;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.PythonSubmission;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The domain-wide disclaimer (issue 7, ADR 0020): mail an account submits with AUTH to another domain
 * reaches the far end (a fake peer on loopback) with the disclaimer after its text, and its DKIM
 * signature, made after the stamp, verifies with dkimpy. Mail between local accounts keeps its body
 * unless the domain asks; mail from outside forwarded out by an account's forwarding, mail relayed for a
 * trusted network without AUTH and signed mail leave as they came.
 * Administrators of the domain set it over REST; others are refused.
 */
@FluteServerTest(portOffset = 3700, properties = {
    "flute.relay.networks=127.0.0.1/32",
    "flute.outbound.routes=remote.test=127.0.0.1:" + DisclaimerIT.PEER_PORT
})
class DisclaimerIT {

    static final int PEER_PORT = 13725;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DOMAIN = FluteServer.DOMAIN;
    private static final String PLAIN = "机密：本邮件仅供收件人使用。\nConfidential: for the addressee only.";

    private static FakeSmtpPeer peer;

    private final FluteServer server;
    private final FluteApi api;
    private String alice;
    private String bob;

    DisclaimerIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @BeforeAll
    static void startPeer() throws IOException {
        peer = new FakeSmtpPeer(PEER_PORT);
    }

    @AfterAll
    static void stopPeer() throws IOException {
        peer.close();
    }

    @BeforeEach
    void accountsAndAnOutgoingOnlyDisclaimer() {
        alice = api.createAccount("alice");
        bob = api.createAccount("bob");
        putDisclaimer(api, true, false).expect(200);
    }

    @Test
    void submittedMailToAnotherDomainArrivesWithTheDisclaimerAndAVerifyingSignature() throws Exception {
        String carol = "carol-" + tag() + "@remote.test";
        JsonNode keys = api.get("domains/" + DOMAIN + "/dkim").expect(200).json();
        if (!keys.elements().hasNext()) {
            api.post("domains/" + DOMAIN + "/dkim", null).expect(201);
            keys = api.get("domains/" + DOMAIN + "/dkim").expect(200).json();
        }
        String record = keys.get(0).get("dnsValue").asText();
        String messageId = TestMessages.newMessageId();

        assertThat(submit(alice, carol, message(alice, carol, messageId, "text/plain; charset=us-ascii", "7bit",
                "Hello Carol,\r\nsee you soon.\r\n")).sent()).isTrue();

        FakeSmtpPeer.Received got = atPeer(messageId);
        assertThat(got.content()).contains("X-Flute-Disclaimer: " + DOMAIN + "\r\n").startsWith("DKIM-Signature:");
        MimeMessage arrived = parse(got.content().getBytes(StandardCharsets.UTF_8));
        assertThat((String) arrived.getContent()).isEqualTo("Hello Carol,\r\nsee you soon.\r\n\r\n"
                + PLAIN.replace("\n", "\r\n") + "\r\n");
        assertThat(arrived.getContentType()).containsIgnoringCase("charset=UTF-8");
        assumeThat(Dkimpy.isInstalled()).as("dkimpy (apt-get install python3-dkim) is not installed").isTrue();
        List<String> verdicts = Dkimpy.verify(got.content().getBytes(StandardCharsets.UTF_8), record);
        assertThat(verdicts).isNotEmpty().contains("0 True");
    }

    @Test
    void mailBetweenLocalAccountsKeepsItsBodyUnlessTheDomainAsks() throws Exception {
        String before = TestMessages.newMessageId();
        assertThat(submit(alice, bob, message(alice, bob, before, "text/plain; charset=us-ascii", "7bit",
                "Lunch?\r\n")).sent()).isTrue();
        assertThat(inInbox(bob, before)).doesNotContain("Confidential").doesNotContain("X-Flute-Disclaimer");

        putDisclaimer(api, true, true).expect(200);
        String after = TestMessages.newMessageId();
        assertThat(submit(alice, bob, message(alice, bob, after, "text/plain; charset=us-ascii", "7bit",
                "Lunch again?\r\n")).sent()).isTrue();
        MimeMessage stamped = parse(inInbox(bob, after).getBytes(StandardCharsets.UTF_8));
        assertThat((String) stamped.getContent()).startsWith("Lunch again?\r\n\r\n机密").contains("Confidential");
    }

    @Test
    void mailForwardedOutAndMailRelayedForATrustedNetworkLeaveAsTheyCame() {
        putDisclaimer(api, true, true).expect(200);
        String dave = "dave-" + tag() + "@remote.test";
        Map<String, Object> forwarding = new HashMap<>();
        forwarding.put("autoReplyEnabled", false);
        forwarding.put("autoReplyIntervalDays", 7);
        forwarding.put("forwardTo", List.of(dave));
        forwarding.put("forwardKeepCopy", false);
        forwarding.put("rules", List.of());
        api.as(bob, FluteApi.ACCOUNT_PASSWORD).send("PUT", "self/mail-settings", forwarding).expect(204);
        String forwardedId = TestMessages.newMessageId();
        byte[] fromOutside = message(alice, bob, forwardedId, "text/plain; charset=us-ascii", "7bit", "Via bob.\r\n");
        String relayedId = TestMessages.newMessageId();
        byte[] relayed = message(alice, dave, relayedId, "text/plain; charset=us-ascii", "7bit", "From the LAN.\r\n");

        assertThat(new PythonSmtp(server).send("someone@outside.test", List.of(bob), fromOutside).sent()).isTrue();
        assertThat(new PythonSmtp(server).send(alice, List.of(dave), relayed).sent()).isTrue();

        assertThat(atPeer(forwardedId).content()).doesNotContain("X-Flute-Disclaimer").doesNotContain("Confidential")
                .endsWith(new String(fromOutside, StandardCharsets.UTF_8));
        assertThat(atPeer(relayedId).content()).doesNotContain("X-Flute-Disclaimer").doesNotContain("Confidential")
                .endsWith(new String(relayed, StandardCharsets.UTF_8));
    }

    @Test
    void aSignedMessageLeavesUntouched() {
        String carol = "carol-" + tag() + "@remote.test";
        String messageId = TestMessages.newMessageId();
        byte[] signed = message(alice, carol, messageId,
                "multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=\"sig\"", "7bit",
                "--sig\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nSigned words.\r\n"
                        + "--sig\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\n"
                        + "Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHAqCAMIACAQEx\r\n--sig--\r\n");

        assertThat(submit(alice, carol, signed).sent()).isTrue();

        FakeSmtpPeer.Received got = atPeer(messageId);
        assertThat(got.content()).doesNotContain("X-Flute-Disclaimer")
                .endsWith(new String(signed, StandardCharsets.UTF_8));
    }

    @Test
    void theDomainsAdministratorsSetItAndOthersAreRefused() {
        String login = "da-" + tag();
        api.post("domains/" + DOMAIN + "/admins", Map.of("login", login, "password", "Domain-Admin-Pw-1")).expect(201);
        FluteApi domainAdmin = api.as(login, "Domain-Admin-Pw-1");
        String other = "other-" + tag() + ".test";
        api.createDomain(other);

        JsonNode saved = putDisclaimer(domainAdmin, false, true).expect(200).json();
        assertThat(saved.get("enabled").asBoolean()).isFalse();
        assertThat(saved.get("internalToo").asBoolean()).isTrue();
        assertThat(domainAdmin.get("domains/" + DOMAIN + "/disclaimer").expect(200).json().get("plainText").asText())
                .isEqualTo(PLAIN);
        domainAdmin.get("domains/" + other + "/disclaimer").expect(403);
        putDisclaimer(domainAdmin.anonymous(), true, false).expect(401);
        api.as(alice, FluteApi.ACCOUNT_PASSWORD).get("domains/" + DOMAIN + "/disclaimer").expect(403);
        putDisclaimer(api.as(alice, FluteApi.ACCOUNT_PASSWORD), true, false).expect(403);

        JsonNode audit = api.get("audit?actor=" + login + "&target=" + DOMAIN).expect(200).json();
        assertThat(audit.toString()).contains("domain.disclaimer");
    }

    @Test
    void badInputIsRefusedAndHtmlIsMadeSafe() {
        String path = "domains/" + DOMAIN + "/disclaimer";
        api.send("PUT", path, Map.of("enabled", true, "plainText", " ")).expect(400);
        api.send("PUT", path, Map.of("enabled", true, "plainText", "x".repeat(4001))).expect(400);
        api.send("PUT", path, Map.of("plainText", "no enabled flag")).expect(400);
        api.send("PUT", path, Map.of("enabled", true, "plainText", "x", "htmlText", "<script>alert(1)</script>"))
                .expect(400);
        api.send("PUT", "domains/nowhere-" + tag() + ".test/disclaimer", Map.of("enabled", false)).expect(404);

        JsonNode saved = api.send("PUT", path, Map.of("enabled", true, "plainText", "Legal",
                "htmlText", "<p onclick=\"x()\">Legal <b>text</b><script>steal()</script></p>")).expect(200).json();
        assertThat(saved.get("htmlText").asText()).isEqualTo("<p>Legal <b>text</b></p>");
    }

    private static ApiResponse putDisclaimer(FluteApi as, boolean enabled, boolean internalToo) {
        Map<String, Object> body = new HashMap<>();
        body.put("enabled", enabled);
        body.put("plainText", PLAIN);
        body.put("internalToo", internalToo);
        return as.send("PUT", "domains/" + DOMAIN + "/disclaimer", body);
    }

    private PythonSubmission.Result submit(String from, String to, byte[] message) {
        return new PythonSubmission(server.submissionPort()).startTls().login(from, FluteApi.ACCOUNT_PASSWORD)
                .send(from, List.of(to), message);
    }

    private static byte[] message(String from, String to, String messageId, String contentType, String encoding,
            String body) {
        return ("From: <" + from + ">\r\nTo: <" + to + ">\r\nSubject: disclaimer test\r\nMessage-ID: " + messageId
                + "\r\nDate: Mon, 30 Nov 2026 12:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType
                + "\r\nContent-Transfer-Encoding: " + encoding + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private FakeSmtpPeer.Received atPeer(String messageId) {
        return Eventually.await("message " + messageId + " at the peer", WAIT,
                () -> peer.received().stream().filter(r -> r.content().contains(messageId)).findFirst(),
                peer::received);
    }

    private String inInbox(String account, String messageId) {
        return Eventually.await(messageId + " in " + account, WAIT, () -> {
            for (MessageSummary m : api.messages(account, "INBOX")) {
                String content = new String(api.content(account, "INBOX", m.uid()), StandardCharsets.UTF_8);
                if (content.contains(messageId)) {
                    return Optional.of(content);
                }
            }
            return Optional.empty();
        }, () -> api.messages(account, "INBOX"));
    }

    private static MimeMessage parse(byte[] octets) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(octets));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
