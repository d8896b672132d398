package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.flutemail.it.support.DovecotPeer;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FetchCuttingProxy;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.StoredMessage;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.TestMessages.RawMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.flutemail.it.support.FluteServerTest;

/**
 * The fetch agent against a real outside server: the reference peer's Dovecot, over POP3 with STLS,
 * IMAP with STARTTLS and IMAPS, its self-signed certificate pinned by fingerprint. Mail is put into
 * the peer's mailboxes (user11 to user15) with IMAP APPEND, collected through the REST API's
 * "collect now", and read back through the REST API.
 */
@FluteServerTest(portOffset = 1300)
class FetchAgentIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    private final FluteApi api;

    FetchAgentIT(FluteApi api) {
        this.api = api;
    }

    @BeforeEach
    void peerIsThere() {
        assumeThat(DovecotPeer.isRunning())
                .as("the reference peer (Dovecot on 127.0.0.1:1143) is not running; start it with "
                        + "bash shared/peer/setup-peer.sh")
                .isTrue();
    }

    @Test
    void pop3OverStlsCollectsByteExactIntoTheTargetFolderOnceAndDeletesOnTheServer() {
        DovecotPeer.clear("user11");
        List<RawMessage> sent = List.of(TestMessages.simple("user11@example.test", "first"),
                TestMessages.tricky("user11@example.test"), TestMessages.eightBit("user11@example.test", "third"));
        DovecotPeer.append("user11", sent.stream().map(RawMessage::bytes).toArray(byte[][]::new));
        String owner = api.createAccount("fetch-pop");
        long id = createFetchAccount(owner, settings("POP3", DovecotPeer.POP3, "STARTTLS", "user11", "Outside", false));
        assertThat(api.mailboxes(owner)).anySatisfy(m -> assertThat(m.name()).isEqualTo("Outside"));

        JsonNode outcome = collect(owner, id);

        assertThat(absent(outcome, "error")).as("%s", outcome).isTrue();
        assertThat(outcome.get("collected").asInt()).isEqualTo(3);
        for (RawMessage m : sent) {
            byte[] stored = awaitContent(owner, "Outside", m.messageId());
            assertThat(StoredMessage.withoutLeadingReceived(stored)).isEqualTo(m.bytes());
            assertThat(StoredMessage.leadingReceived(stored)).startsWith("Received: from 127.0.0.1 ([127.0.0.1])")
                    .contains("with POP3 id").contains("for <" + owner + ">");
        }
        assertThat(DovecotPeer.count("user11")).as("not left on the server").isZero();

        JsonNode second = collect(owner, id);
        assertThat(second.get("collected").asInt()).isZero();
        assertThat(absent(second, "error")).isTrue();
        assertThat(api.messages(owner, "Outside")).hasSize(3);
        assertThat(api.messages(owner, "INBOX")).isEmpty();
        JsonNode status = second.get("fetchAccount");
        assertThat(absent(status, "lastSuccessAt")).isFalse();
        assertThat(status.get("consecutiveFailures").asInt()).isZero();
        assertThat(status.has("password")).isFalse();
    }

    @Test
    void imapWithStartTlsLeavesACopyAndImapsDeletesAndNeitherStoresTwice() {
        DovecotPeer.clear("user12");
        DovecotPeer.clear("user13");
        RawMessage kept = TestMessages.simple("user12@example.test", "kept");
        RawMessage taken = TestMessages.tricky("user13@example.test");
        DovecotPeer.append("user12", kept.bytes());
        DovecotPeer.append("user13", taken.bytes());
        String owner = api.createAccount("fetch-imap");
        long starttls = createFetchAccount(owner, settings("IMAP", DovecotPeer.IMAP, "STARTTLS", "user12", null, true));
        long implicit = createFetchAccount(owner, settings("IMAP", DovecotPeer.IMAPS, "IMPLICIT", "user13", null, false));

        assertThat(collect(owner, starttls).get("collected").asInt()).isEqualTo(1);
        assertThat(collect(owner, implicit).get("collected").asInt()).isEqualTo(1);

        assertThat(StoredMessage.withoutLeadingReceived(awaitContent(owner, "INBOX", kept.messageId())))
                .isEqualTo(kept.bytes());
        byte[] stored = awaitContent(owner, "INBOX", taken.messageId());
        assertThat(StoredMessage.withoutLeadingReceived(stored)).isEqualTo(taken.bytes());
        assertThat(StoredMessage.leadingReceived(stored)).contains("with IMAP id");
        assertThat(DovecotPeer.count("user12")).as("copy left on the server").isEqualTo(1);
        assertThat(DovecotPeer.count("user13")).as("deleted on the server").isZero();

        assertThat(collect(owner, starttls).get("collected").asInt()).isZero();
        assertThat(collect(owner, implicit).get("collected").asInt()).isZero();
        assertThat(api.messages(owner, "INBOX")).hasSize(2);
    }

    @Test
    void aWrongPasswordAClosedPortAndAnUnverifiableCertificateAreRecordedAndBackOff() throws IOException {
        String owner = api.createAccount("fetch-errors");
        Map<String, Object> wrongPassword = settings("POP3", DovecotPeer.POP3S, "IMPLICIT", "user15", null, true);
        wrongPassword.put("password", "not-the-password");
        long wrong = createFetchAccount(owner, wrongPassword);
        long down = createFetchAccount(owner, settings("IMAP", closedPort(), "NONE", "user15", null, true));
        Map<String, Object> unpinned = settings("POP3", DovecotPeer.POP3S, "IMPLICIT", "user15", null, true);
        unpinned.remove("certificateSha256");
        long untrusted = createFetchAccount(owner, unpinned);
        Map<String, Object> otherPin = settings("IMAP", DovecotPeer.IMAPS, "IMPLICIT", "user15", null, true);
        otherPin.put("certificateSha256", "00".repeat(32));
        long mispinned = createFetchAccount(owner, otherPin);

        JsonNode first = collect(owner, wrong);
        assertThat(first.get("errorKind").asText()).isEqualTo("AUTHENTICATION");
        assertThat(first.get("error").asText()).startsWith("wrong user name or password");
        assertThat(collect(owner, down).get("errorKind").asText()).isEqualTo("UNREACHABLE");
        JsonNode certificate = collect(owner, untrusted);
        assertThat(certificate.get("errorKind").asText()).isEqualTo("CERTIFICATE");
        assertThat(certificate.get("error").asText()).startsWith("certificate problem");
        JsonNode pin = collect(owner, mispinned);
        assertThat(pin.get("errorKind").asText()).isEqualTo("CERTIFICATE");
        assertThat(pin.get("error").asText()).contains(DovecotPeer.certificateSha256());

        JsonNode again = collect(owner, wrong).get("fetchAccount");
        assertThat(again.get("consecutiveFailures").asInt()).isEqualTo(2);
        assertThat(again.get("lastErrorKind").asText()).isEqualTo("AUTHENTICATION");
        assertThat(absent(again, "lastSuccessAt")).isTrue();
        Duration wait = Duration.between(Instant.parse(again.get("lastRunAt").asText()),
                Instant.parse(again.get("nextRunAt").asText()));
        assertThat(wait).as("two failures wait twice the interval of 10 minutes").isEqualTo(Duration.ofMinutes(20));
        JsonNode listed = api.get(path(owner, "")).expect(200).json();
        assertThat(listed).hasSize(4);
        listed.forEach(f -> {
            assertThat(absent(f, "lastErrorAt")).isFalse();
            assertThat(f.has("password")).isFalse();
        });
    }

    @Test
    void aPop3ConnectionCutInsideAMessageStoresNothingAndTheNextCollectionTakesItOnce() throws IOException {
        cutInsideAMessageThenRecover("POP3", DovecotPeer.POP3, "user14");
    }

    @Test
    void anImapConnectionCutInsideAMessageStoresNothingEither() throws IOException {
        cutInsideAMessageThenRecover("IMAP", DovecotPeer.IMAP, "user15");
    }

    /**
     * A 300 kB message behind a proxy that cuts the first connection after 100 kB from the server: that
     * collection fails with nothing stored or deleted; the next takes the message whole, once, and
     * (no copy left) deletes it on the server.
     */
    private void cutInsideAMessageThenRecover(String protocol, int port, String user) throws IOException {
        DovecotPeer.clear(user);
        RawMessage big = TestMessages.ofSize(user + "@example.test", 300_000);
        DovecotPeer.append(user, big.bytes());
        String owner = api.createAccount("fetch-cut");
        try (FetchCuttingProxy proxy = new FetchCuttingProxy(DovecotPeer.HOST, port, 100_000)) {
            long id = createFetchAccount(owner, settings(protocol, proxy.port(), "NONE", user, null, false));

            JsonNode broken = collect(owner, id);

            assertThat(proxy.hasCut()).isTrue();
            assertThat(broken.get("errorKind").asText()).as("%s", broken).isEqualTo("CONNECTION_LOST");
            assertThat(broken.get("collected").asInt()).isZero();
            assertThat(api.messages(owner, "INBOX")).isEmpty();
            assertThat(DovecotPeer.count(user)).isEqualTo(1);

            JsonNode whole = collect(owner, id);

            assertThat(whole.get("collected").asInt()).as("%s", whole).isEqualTo(1);
            assertThat(StoredMessage.withoutLeadingReceived(awaitContent(owner, "INBOX", big.messageId())))
                    .isEqualTo(big.bytes());
            assertThat(collect(owner, id).get("collected").asInt()).isZero();
            assertThat(api.messages(owner, "INBOX")).hasSize(1);
            assertThat(DovecotPeer.count(user)).isZero();
        }
    }

    @Test
    void anEnabledAccountIsCollectedOnScheduleWithoutBeingAsked() {
        DovecotPeer.clear("user13");
        RawMessage m = TestMessages.simple("user13@example.test", "scheduled");
        DovecotPeer.append("user13", m.bytes());
        String owner = api.createAccount("fetch-timer");
        Map<String, Object> s = settings("IMAP", DovecotPeer.IMAPS, "IMPLICIT", "user13", null, false);
        s.put("enabled", true);
        s.put("intervalMinutes", 1);
        createFetchAccount(owner, s);

        // The timer ticks once a minute; the account is due from its creation.
        byte[] stored = Eventually.await("the scheduled collection", Duration.ofSeconds(150),
                () -> find(owner, "INBOX", m.messageId()).map(u -> api.content(owner, "INBOX", u)),
                () -> api.get(path(owner, "")).text());
        assertThat(StoredMessage.withoutLeadingReceived(stored)).isEqualTo(m.bytes());
    }

    @Test
    void theApiChecksWhatItIsGivenAndNeverHandsOutThePassword() {
        String owner = api.createAccount("fetch-api");
        Map<String, Object> s = settings("POP3", DovecotPeer.POP3, "STARTTLS", "user11", null, true);
        long id = createFetchAccount(owner, s);
        String one = path(owner, "/" + id);

        JsonNode got = api.get(one).expect(200).json();
        assertThat(got.get("host").asText()).isEqualTo("127.0.0.1");
        assertThat(got.get("certificateSha256").asText()).isEqualTo(DovecotPeer.certificateSha256());
        assertThat(got.get("enabled").asBoolean()).isFalse();
        assertThat(got.get("targetFolder").asText()).isEqualTo("INBOX");
        assertThat(got.toString()).doesNotContain("pass\"").doesNotContain("password");

        JsonNode changed = api.send("PUT", one, Map.of("targetFolder", "Archive/Outside", "intervalMinutes", 30,
                "certificateSha256", "")).expect(200).json();
        assertThat(changed.get("targetFolder").asText()).isEqualTo("Archive/Outside");
        assertThat(changed.get("intervalMinutes").asInt()).isEqualTo(30);
        assertThat(absent(changed, "certificateSha256")).isTrue();
        assertThat(changed.get("user").asText()).isEqualTo("user11");
        assertThat(api.mailboxes(owner)).anySatisfy(m -> assertThat(m.name()).isEqualTo("Archive/Outside"));

        Map<String, Object> bad = new HashMap<>(s);
        bad.put("protocol", "SMTP");
        assertThat(api.post(path(owner, ""), bad).status()).isEqualTo(400);
        bad.put("protocol", "IMAP");
        bad.put("intervalMinutes", 0);
        assertThat(api.post(path(owner, ""), bad).json().get("message").asText()).contains("intervalMinutes");
        bad.put("intervalMinutes", 5);
        bad.remove("password");
        assertThat(api.post(path(owner, ""), bad).status()).isEqualTo(400);
        assertThat(api.post(path(owner, ""), "{not json").status()).isEqualTo(400);
        assertThat(api.get(path(owner, "/999999")).status()).isEqualTo(404);
        assertThat(api.post(path(owner, "/999999/collect"), null).status()).isEqualTo(404);
        assertThat(api.get(path("nobody@example.test", "")).status()).isEqualTo(404);

        api.delete(one).expect(204);
        assertThat(api.get(one).status()).isEqualTo(404);
    }

    // ---- helpers

    /** Settings for a disabled fetch account (so only "collect now" runs it) with the peer's pin. */
    private static Map<String, Object> settings(String protocol, int port, String tls, String user, String folder,
            boolean leaveCopy) {
        Map<String, Object> s = new HashMap<>();
        s.put("protocol", protocol);
        s.put("host", DovecotPeer.HOST);
        s.put("port", port);
        s.put("tls", tls);
        s.put("certificateSha256", DovecotPeer.certificateSha256());
        s.put("user", user);
        s.put("password", DovecotPeer.PASSWORD);
        if (folder != null) {
            s.put("targetFolder", folder);
        }
        s.put("leaveCopy", leaveCopy);
        s.put("enabled", false);
        return s;
    }

    /** The API leaves out fields whose value is null. */
    private static boolean absent(JsonNode node, String field) {
        return !node.hasNonNull(field);
    }

    private long createFetchAccount(String owner, Map<String, Object> settings) {
        JsonNode created = api.post(path(owner, ""), settings).expect(201).json();
        assertThat(created.has("password")).isFalse();
        return created.get("id").asLong();
    }

    private JsonNode collect(String owner, long id) {
        return api.post(path(owner, "/" + id + "/collect"), null).expect(200).json();
    }

    private static String path(String owner, String rest) {
        return "accounts/" + FluteApi.segment(owner) + "/fetch-accounts" + rest;
    }

    private Optional<Long> find(String owner, String folder, String messageId) {
        return api.messages(owner, folder).stream()
                .filter(m -> org.flutemail.it.support.MailboxProbe.sameMessageId(m.messageId(), messageId))
                .map(MessageSummary::uid).findFirst();
    }

    /** Collected mail is spooled at once and delivered asynchronously, as SMTP mail is. */
    private byte[] awaitContent(String owner, String folder, String messageId) {
        AtomicReference<Object> last = new AtomicReference<>();
        long uid = Eventually.await(messageId + " in " + owner + "'s " + folder, DELIVERY, () -> {
            List<MessageSummary> messages = api.messages(owner, folder);
            last.set(messages);
            return messages.stream().filter(m -> org.flutemail.it.support.MailboxProbe.sameMessageId(m.messageId(),
                    messageId)).map(MessageSummary::uid).findFirst();
        }, last::get);
        return api.content(owner, folder, uid);
    }

    /** A port nothing listens on: bound, then let go. */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
