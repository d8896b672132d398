package org.flutemail.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;
import static org.flutemail.it.support.TestMessages.SENDER;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flutemail.it.support.Curl;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FakeSmtpPeer;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.JakartaMailSender;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonSubmission;
import org.flutemail.it.support.SmtpConnection;
import org.flutemail.it.support.SmtpConnection.Reply;
import org.flutemail.it.support.SelfSignedCertificate;
import org.flutemail.it.support.StoredMessage;
import org.flutemail.it.support.Swaks;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.TestMessages.RawMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Mail from users: the submission port (STARTTLS, then AUTH before MAIL) and the SMTPS port
 * (implicit TLS), from real mail clients, with the sender checked against the account and relay
 * to other domains for authenticated users only. The server runs with a small size limit, so that
 * "at the limit" and "one octet over" are cheap, and with a route for {@code remote.test} to a
 * fake peer that plays the far end of relayed mail.
 */
@FluteServerTest(portOffset = 1000, properties = {
    "flute.smtp.maxMessageSize=" + SubmissionIT.MAX_SIZE,
    "flute.outbound.routes=remote.test=127.0.0.1:" + SubmissionIT.PEER_PORT
})
class SubmissionIT {

    static final int MAX_SIZE = 200_000;
    static final int PEER_PORT = 13025;

    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(60);

    private static FakeSmtpPeer peer;

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe mailboxes;

    /** Fresh accounts for every test: alice submits, bob receives. */
    private String alice;
    private String bob;

    SubmissionIT(FluteServer server, FluteApi api, MailboxProbe mailboxes) {
        this.server = server;
        this.api = api;
        this.mailboxes = mailboxes;
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
    void createAccounts() {
        alice = api.createAccount("alice");
        bob = api.createAccount("bob");
    }

    @Nested
    @DisplayName("Python smtplib")
    class PythonSmtplib {

        @Test
        void submitsWithStartTlsAndLoginOnTheSubmissionPort() {
            RawMessage message = TestMessages.simple(bob, "submitted with STARTTLS").from(alice);

            PythonSubmission.Result result = submission().send(alice, List.of(bob), message.bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            assertThat(arrivesUnchanged(bob, message)).as("RFC 3848: TLS and AUTH in the Received header")
                    .contains("with ESMTPSA");
        }

        @Test
        void submitsWithSmtpSslAndLoginOnTheSmtpsPort() {
            RawMessage message = TestMessages.simple(bob, "submitted with implicit TLS").from(alice);

            PythonSubmission.Result result = new PythonSubmission(server.smtpsPort()).implicitTls()
                    .login(alice, ACCOUNT_PASSWORD).send(alice, List.of(bob), message.bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            assertThat(arrivesUnchanged(bob, message)).contains("with ESMTPSA");
        }

        @Test
        void ehloOffersStartTlsFirstAndAuthOnlyOverTls() {
            PythonSubmission.Result result = submission().send(alice, List.of(bob),
                    TestMessages.simple(bob, "EHLO before and after STARTTLS").from(alice).bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            assertThat(result.extensionsBeforeTls()).contains("starttls").doesNotContain("auth");
            assertThat(result.extensions()).contains("auth").doesNotContain("starttls");
        }

        @Test
        void authBeforeStartTlsIsRefusedWith538_5_7_11() {
            PythonSubmission.Result result = new PythonSubmission(server.submissionPort())
                    .login(alice, ACCOUNT_PASSWORD).authEvenIfNotOffered()
                    .send(alice, List.of(bob), TestMessages.simple(bob, "AUTH in the clear").bytes());

            assertThat(result.stage()).as("smtplib outcome %s", result).isEqualTo("auth");
            assertThat(result.code()).as(result.reply()).isEqualTo(538);
            assertThat(result.text()).startsWith("5.7.11");
        }

        @Test
        void mailBeforeAuthIsRefusedWith530_5_7_0OnBothPorts() {
            RawMessage message = TestMessages.simple(bob, "no AUTH");

            PythonSubmission.Result onSubmission = submissionWithoutLogin().send(alice, List.of(bob), message.bytes());
            PythonSubmission.Result onSmtps = new PythonSubmission(server.smtpsPort()).implicitTls()
                    .send(alice, List.of(bob), message.bytes());

            for (PythonSubmission.Result result : List.of(onSubmission, onSmtps)) {
                assertThat(result.stage()).as("smtplib outcome %s", result).isEqualTo("mail");
                assertThat(result.code()).as(result.reply()).isEqualTo(530);
                assertThat(result.text()).startsWith("5.7.0");
            }
        }

        @Test
        void aWrongPasswordIsRefusedWith535_5_7_8OnBothPorts() {
            RawMessage message = TestMessages.simple(bob, "wrong password");

            PythonSubmission.Result onSubmission = submissionWithoutLogin().login(alice, "not-" + ACCOUNT_PASSWORD)
                    .send(alice, List.of(bob), message.bytes());
            PythonSubmission.Result onSmtps = new PythonSubmission(server.smtpsPort()).implicitTls()
                    .login(alice, "not-" + ACCOUNT_PASSWORD).send(alice, List.of(bob), message.bytes());

            for (PythonSubmission.Result result : List.of(onSubmission, onSmtps)) {
                assertThat(result.stage()).as("smtplib outcome %s", result).isEqualTo("auth");
                assertThat(result.code()).as(result.reply()).isEqualTo(535);
                assertThat(result.text()).startsWith("5.7.8");
            }
        }

        @Test
        void repeatedWrongPasswordsLockTheNameEvenForTheRightOne() {
            String victim = api.createAccount("guessed");
            RawMessage message = TestMessages.simple(bob, "after a guessing attack").from(victim);
            // smtplib's login() tries PLAIN and then LOGIN, so each call may count as two failures:
            // the name must be locked after at most five calls, with 535 until then.
            int calls = 0;
            PythonSubmission.Result wrong;
            do {
                calls++;
                wrong = submissionWithoutLogin().login(victim, "guess-" + calls)
                        .send(victim, List.of(bob), message.bytes());
            } while (wrong.code() != null && wrong.code() == 535 && calls < 10);
            assertThat(wrong.code()).as("after %d wrong logins: %s", calls, wrong.reply()).isEqualTo(454);
            assertThat(calls).as("wrong logins before the lock").isBetween(2, 5);

            PythonSubmission.Result right = submissionWithoutLogin().login(victim, ACCOUNT_PASSWORD)
                    .send(victim, List.of(bob), message.bytes());

            assertThat(right.stage()).as("smtplib outcome %s", right).isEqualTo("auth");
            assertThat(right.code()).as("the name is locked for a while: %s", right.reply()).isEqualTo(454);
            assertThat(right.text()).startsWith("4.7.0");
        }

        @Test
        void anEightBitUtf8MessageArrivesUnchanged() {
            RawMessage message = TestMessages.eightBit(bob, "8-bit submission").from(alice);

            PythonSubmission.Result result = submission().mailOptions("BODY=8BITMIME")
                    .send(alice, List.of(bob), message.bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            arrivesUnchanged(bob, message);
        }

        @Test
        void aUtf8SenderAddressIsSubmittedWithSmtpUtf8() {
            String jurgen = "jürgen-" + unique() + "@" + FluteServer.DOMAIN;
            api.createAlias(jurgen, List.of(alice));
            RawMessage message = TestMessages.eightBit(bob, "from an internationalised address").from(jurgen);

            PythonSubmission.Result result = submission().mailOptions("SMTPUTF8", "BODY=8BITMIME")
                    .send(jurgen, List.of(bob), message.bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            assertThat(arrivesUnchanged(bob, message))
                    .as("RFC 6531 4.3: the protocol type for SMTPUTF8 with TLS and AUTH")
                    .contains("with UTF8SMTPSA");
        }
    }

    @Nested
    @DisplayName("BDAT (CHUNKING) over a raw socket")
    class Chunking {

        @Test
        void aChunkedMessageIsAcceptedAfterStartTlsAndAuth() throws IOException {
            RawMessage message = chunkedMessage(bob).from(alice);
            try (SmtpConnection smtp = authenticatedSubmission(alice)) {
                smtp.command("MAIL FROM:<" + alice + "> BODY=8BITMIME").require(250);
                smtp.command("RCPT TO:<" + bob + ">").require(250);

                sendInThreeChunks(smtp, message.bytes());
            }

            assertThat(arrivesUnchanged(bob, message)).contains("with ESMTPSA");
        }

        @Test
        void aChunkedBinaryMimeMessageNeedsNoAuthOnTheMxPort() throws IOException {
            RawMessage message = chunkedMessage(bob);
            try (SmtpConnection smtp = mxSession()) {
                smtp.command("MAIL FROM:<" + SENDER + "> BODY=BINARYMIME").require(250);
                smtp.command("RCPT TO:<" + bob + ">").require(250);

                sendInThreeChunks(smtp, message.bytes());
            }

            assertThat(arrivesUnchanged(bob, message)).doesNotContain("ESMTPSA");
        }

        /** A dot alone on a line, and lines that start with dots: BDAT must take them as they are. */
        private RawMessage chunkedMessage(String to) {
            String messageId = TestMessages.newMessageId();
            String content = "From: <" + SENDER + ">\r\nTo: <" + to + ">\r\nSubject: chunked\r\n"
                    + "Message-ID: " + messageId + "\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                    + ".a line that starts with a dot, not stuffed\r\n"
                    + ".\r\n"
                    + "the line above is a dot alone; Grüße 🎵\r\n"
                    + "line of text\r\n".repeat(300);
            return new RawMessage(messageId, content.getBytes(UTF_8));
        }

        /** Cuts at arbitrary places, even inside a UTF-8 sequence or a CRLF. */
        private void sendInThreeChunks(SmtpConnection smtp, byte[] message) throws IOException {
            int first = message.length / 3;
            int second = 2 * message.length / 3 + 1;
            assertThat(smtp.bdat(Arrays.copyOfRange(message, 0, first), false).code()).isEqualTo(250);
            assertThat(smtp.bdat(Arrays.copyOfRange(message, first, second), false).code()).isEqualTo(250);
            Reply last = smtp.bdat(Arrays.copyOfRange(message, second, message.length), true);
            assertThat(last.code()).as("reply to BDAT LAST: %s", last).isEqualTo(250);
        }
    }

    @Nested
    @DisplayName("the size limit (flute.smtp.maxMessageSize=" + MAX_SIZE + ")")
    class SizeLimit {

        @Test
        void everyListenerAnnouncesTheConfiguredLimit() throws IOException {
            String announced = "SIZE " + MAX_SIZE;
            try (SmtpConnection mx = SmtpConnection.open(FluteServer.HOST, server.smtpPort(), SOCKET_TIMEOUT)) {
                mx.greeting().require(220);
                assertThat(mx.command("EHLO client.example").lines()).anyMatch(line -> line.endsWith(announced));
            }
            try (SmtpConnection submission = authenticatedSubmission(alice)) {
                assertThat(submission.command("EHLO client.example").lines())
                        .anyMatch(line -> line.endsWith(announced));
            }
            try (SmtpConnection smtps = SmtpConnection.openTls(FluteServer.HOST, server.smtpsPort(), SOCKET_TIMEOUT)) {
                smtps.greeting().require(220);
                assertThat(smtps.command("EHLO client.example").lines()).anyMatch(line -> line.endsWith(announced));
            }
        }

        @Test
        void aMessageOfExactlyTheLimitIsAccepted() {
            RawMessage message = TestMessages.ofSize(alice, bob, MAX_SIZE);

            PythonSubmission.Result result = submission().send(alice, List.of(bob), message.bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            arrivesUnchanged(bob, message);
        }

        @Test
        void oneOctetOverIsRefusedWith552_5_3_4AtMailWhenTheClientDeclaresTheSize() {
            RawMessage message = TestMessages.ofSize(bob, MAX_SIZE + 1);

            PythonSubmission.Result result = submission().send(alice, List.of(bob), message.bytes());

            assertThat(result.stage()).as("smtplib (MAIL FROM with SIZE=) outcome %s", result).isEqualTo("mail");
            assertThat(result.code()).as(result.reply()).isEqualTo(552);
            assertThat(result.text()).startsWith("5.3.4");
        }

        @Test
        void oneOctetOverIsRefusedWith552_5_3_4AtTheEndOfData() throws IOException {
            RawMessage tooBig = TestMessages.ofSize(bob, MAX_SIZE + 1);
            RawMessage afterwards = TestMessages.simple(bob, "after the refused one").from(alice);
            try (SmtpConnection smtp = authenticatedSubmission(alice)) {
                Reply endOfData = smtp.send(alice, List.of(bob), tooBig.bytes());

                assertThat(endOfData.code()).as("reply to the final dot: %s", endOfData).isEqualTo(552);
                assertThat(endOfData.text()).startsWith("5.3.4");
                assertThat(smtp.send(alice, List.of(bob), afterwards.bytes()).code()).isEqualTo(250);
            }

            mailboxes.awaitInInbox(bob, afterwards.messageId());
            assertThat(mailboxes.countInInbox(bob, tooBig.messageId())).as("the refused message in INBOX").isZero();
        }

        @Test
        void oneOctetOverIsRefusedWith552_5_3_4AtTheLastChunk() throws IOException {
            byte[] tooBig = TestMessages.ofSize(bob, MAX_SIZE + 1).bytes();
            try (SmtpConnection smtp = mxSession()) {
                smtp.command("MAIL FROM:<" + SENDER + ">").require(250);
                smtp.command("RCPT TO:<" + bob + ">").require(250);

                Reply upToTheLimit = smtp.bdat(Arrays.copyOfRange(tooBig, 0, MAX_SIZE), false);
                Reply oneMore = smtp.bdat(Arrays.copyOfRange(tooBig, MAX_SIZE, tooBig.length), true);

                assertThat(upToTheLimit.code()).as("reply to the first %d octets: %s", MAX_SIZE, upToTheLimit)
                        .isEqualTo(250);
                assertThat(oneMore.code()).as("reply to the octet over: %s", oneMore).isEqualTo(552);
                assertThat(oneMore.text()).startsWith("5.3.4");
            }
        }
    }

    @Nested
    @DisplayName("swaks")
    class WithSwaks {

        @BeforeEach
        void requireSwaks() {
            assumeThat(Swaks.isInstalled()).as("swaks is not installed here (apt-get install swaks); CI has it")
                    .isTrue();
        }

        @Test
        void startTlsAndAuthPlainOnTheSubmissionPort() {
            RawMessage message = TestMessages.eightBit(bob, "swaks --tls").from(alice);

            new Swaks(server).send(server.submissionPort(), authPlain("--tls"), alice, List.of(bob), message.bytes());

            assertThat(arrivesUnchanged(bob, message)).contains("with ESMTPSA");
        }

        @Test
        void tlsOnConnectOnTheSmtpsPort() {
            RawMessage message = TestMessages.eightBit(bob, "swaks --tlsc").from(alice);

            new Swaks(server).send(server.smtpsPort(), authPlain("--tlsc"), alice, List.of(bob), message.bytes());

            assertThat(arrivesUnchanged(bob, message)).contains("with ESMTPSA");
        }

        @Test
        void pipelinedSubmission() {
            String carol = api.createAccount("carol");
            RawMessage message = TestMessages.eightBit(bob + ", " + carol, "swaks --pipeline").from(alice);

            new Swaks(server).send(server.submissionPort(), authPlain("--tls", "--pipeline"), alice,
                    List.of(bob, carol), message.bytes());

            arrivesUnchanged(bob, message);
            arrivesUnchanged(carol, message);
        }

        private List<String> authPlain(String... options) {
            return concat(List.of(options),
                    List.of("--auth", "PLAIN", "--auth-user", alice, "--auth-password", ACCOUNT_PASSWORD));
        }
    }

    @Nested
    @DisplayName("curl")
    class WithCurl {

        @BeforeEach
        void requireCurl() {
            assumeThat(Curl.isInstalled()).as("curl is not installed here").isTrue();
        }

        @Test
        void sslRequiredOnTheSubmissionPort() {
            RawMessage message = TestMessages.eightBit(bob, "curl --ssl-reqd").from(alice);

            Curl.Outcome outcome = new Curl(server).submitWithStartTls(alice, ACCOUNT_PASSWORD, alice, List.of(bob),
                    message.bytes());

            assertThat(outcome.sent()).as(outcome.transcript()).isTrue();
            assertThat(arrivesUnchanged(bob, message)).contains("with ESMTPSA");
        }

        @Test
        void smtpsOnTheSmtpsPort() {
            RawMessage message = TestMessages.eightBit(bob, "curl smtps://").from(alice);

            Curl.Outcome outcome = new Curl(server).submitWithImplicitTls(alice, ACCOUNT_PASSWORD, alice,
                    List.of(bob), message.bytes());

            assertThat(outcome.sent()).as(outcome.transcript()).isTrue();
            assertThat(arrivesUnchanged(bob, message)).contains("with ESMTPSA");
        }

        @Test
        void aWrongPasswordIsLoginDenied() {
            Curl.Outcome outcome = new Curl(server).submitWithImplicitTls(alice, "not-" + ACCOUNT_PASSWORD, alice,
                    List.of(bob), TestMessages.simple(bob, "curl, wrong password").bytes());

            assertThat(outcome.exitCode()).as("curl exit code (67: login denied)\n%s", outcome.transcript())
                    .isEqualTo(67);
            assertThat(outcome.transcript()).contains("< 535 5.7.8");
        }
    }

    @Nested
    @DisplayName("Jakarta Mail")
    class WithJakartaMail {

        @Test
        void startTlsRequiredAndAuthOnTheSubmissionPort() throws Exception {
            JakartaMailSender jakartaMail = JakartaMailSender.submission(server, alice, ACCOUNT_PASSWORD);

            MimeMessage message = messageFromAliceToBob(jakartaMail, "Jakarta Mail with STARTTLS");
            byte[] sent = jakartaMail.send(message);

            assertThat(arrivesUnchanged(bob, new RawMessage(message.getMessageID(), sent))).contains("with ESMTPSA");
        }

        @Test
        void smtpsOnTheSmtpsPort() throws Exception {
            JakartaMailSender jakartaMail = JakartaMailSender.smtps(server, alice, ACCOUNT_PASSWORD);

            MimeMessage message = messageFromAliceToBob(jakartaMail, "Jakarta Mail over smtps");
            byte[] sent = jakartaMail.send(message);

            assertThat(arrivesUnchanged(bob, new RawMessage(message.getMessageID(), sent))).contains("with ESMTPSA");
        }

        private MimeMessage messageFromAliceToBob(JakartaMailSender jakartaMail, String subject) throws Exception {
            MimeMessage message = jakartaMail.newMessage();
            message.setFrom(new InternetAddress(alice, "Alice"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(bob));
            message.setSubject(subject + " — Grüße", "UTF-8");
            message.setText(".\r\n..leading dots\r\nGrüße, 日本語 🎵\r\n" + "line of text\r\n".repeat(500), "UTF-8");
            return message;
        }
    }

    @Nested
    @DisplayName("the sender must belong to the authenticated account")
    class AntiSpoofing {

        @Test
        void aUserMaySendAsHerOwnAddress() {
            RawMessage message = TestMessages.simple(bob, "as myself").from(alice);

            PythonSubmission.Result result = submission().send(alice, List.of(bob), message.bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            mailboxes.awaitInInbox(bob, message.messageId());
        }

        @Test
        void aUserMaySendAsAnAliasThatDeliversToHer() {
            String sales = "sales-" + unique() + "@" + FluteServer.DOMAIN;
            api.createAlias(sales, List.of(alice));
            RawMessage message = TestMessages.simple(bob, "as my alias").from(sales);

            PythonSubmission.Result result = submission().send(sales, List.of(bob), message.bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            mailboxes.awaitInInbox(bob, message.messageId());
        }

        @Test
        void aUserMayNotSendAsAnotherAccount() {
            PythonSubmission.Result result = submission().send(bob, List.of(bob),
                    TestMessages.simple(bob, "as bob").bytes());

            assertRefusedAsSpoofed(result);
        }

        @Test
        void aUserMayNotSendAsAnAliasOfSomeoneElse() {
            String bobsAlias = "bobs-" + unique() + "@" + FluteServer.DOMAIN;
            api.createAlias(bobsAlias, List.of(bob));

            PythonSubmission.Result result = submission().send(bobsAlias, List.of(bob),
                    TestMessages.simple(bob, "as bob's alias").bytes());

            assertRefusedAsSpoofed(result);
        }

        @Test
        void aFromHeaderNamingSomeoneElseIsRefusedAtTheEndOfData() {
            RawMessage message = TestMessages.simple(bob, "MAIL FROM is mine, the From header is bob's").from(bob);

            PythonSubmission.Result result = submission().send(alice, List.of(bob), message.bytes());

            assertThat(result.stage()).as("smtplib outcome %s", result).isEqualTo("data");
            assertThat(result.code()).as(result.reply()).isEqualTo(554);
            assertThat(result.text()).startsWith("5.7.0").contains(bob);
            assertThat(mailboxes.countInInbox(bob, message.messageId())).isZero();
        }

        @Test
        void aDomainMayAllowItsUsersToSendAsAnyAddress() {
            api.send("PUT", "domains/" + FluteServer.DOMAIN + "/policy", java.util.Map.of("senderMustBeOwned", false))
                    .expect(200);
            try {
                RawMessage message = TestMessages.simple(bob, "as a shared address").from("news@elsewhere.test");

                PythonSubmission.Result result = submission().send("news@elsewhere.test", List.of(bob),
                        message.bytes());

                assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
                mailboxes.awaitInInbox(bob, message.messageId());
            } finally {
                api.send("PUT", "domains/" + FluteServer.DOMAIN + "/policy",
                        java.util.Map.of("senderMustBeOwned", true)).expect(200);
            }
        }

        private void assertRefusedAsSpoofed(PythonSubmission.Result result) {
            assertThat(result.stage()).as("smtplib outcome %s", result).isEqualTo("mail");
            assertThat(result.code()).as(result.reply()).isEqualTo(553);
            assertThat(result.text()).startsWith("5.7.1");
        }
    }

    @Nested
    @DisplayName("the TLS certificate")
    class Certificate {

        @Test
        void anInstalledCertificateIsPresentedWithoutARestart() throws Exception {
            assertThat(api.get("tls/certificate").expect(200).json().get("selfSigned").asBoolean())
                    .as("the certificate made on first start").isTrue();
            SelfSignedCertificate mine = SelfSignedCertificate.forHost("mail-" + unique() + ".it.test");

            com.fasterxml.jackson.databind.JsonNode installed = api.send("PUT", "tls/certificate",
                    java.util.Map.of("certificate", mine.certificatePem(), "privateKey", mine.privateKeyPem()))
                    .expect(200).json();

            assertThat(installed.get("subject").asText()).contains(mine.host());
            Eventually.await("the new certificate on the SMTPS port", RELAY_TIMEOUT, () -> {
                String subject = presentedSubject();
                return subject.contains(mine.host()) ? java.util.Optional.of(subject) : java.util.Optional.empty();
            }, this::presentedSubject);
        }

        @Test
        void aKeyOfAnotherCertificateIsRefused() throws Exception {
            SelfSignedCertificate one = SelfSignedCertificate.forHost("one-" + unique() + ".it.test");
            SelfSignedCertificate other = SelfSignedCertificate.forHost("other-" + unique() + ".it.test");

            var response = api.send("PUT", "tls/certificate",
                    java.util.Map.of("certificate", one.certificatePem(), "privateKey", other.privateKeyPem()));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("message").asText()).contains("does not belong");
        }

        private String presentedSubject() {
            try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) org.flutemail.it.support.TrustAllTls
                    .socketFactory().createSocket(FluteServer.HOST, server.smtpsPort())) {
                socket.setSoTimeout(10_000);
                socket.startHandshake();
                return ((java.security.cert.X509Certificate) socket.getSession().getPeerCertificates()[0])
                        .getSubjectX500Principal().getName();
            } catch (IOException e) {
                return "no handshake: " + e;
            }
        }
    }

    @Nested
    @DisplayName("relay to other domains")
    class Relay {

        @Test
        void anAuthenticatedUserRelaysToAnotherDomain() {
            String someone = "someone-" + unique() + "@remote.test";
            RawMessage message = TestMessages.simple(someone, "relayed for an authenticated user").from(alice);

            PythonSubmission.Result result = submission().send(alice, List.of(someone), message.bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            FakeSmtpPeer.Received relayed = Eventually.await("message " + message.messageId() + " at the peer",
                    RELAY_TIMEOUT,
                    () -> peer.received().stream().filter(r -> r.content().contains(message.messageId())).findFirst(),
                    peer::received);
            assertThat(relayed.sender()).isEqualTo(alice);
            assertThat(relayed.recipients()).containsExactly(someone);
            byte[] content = relayed.content().getBytes(UTF_8);
            assertThat(StoredMessage.withoutLeadingReceived(content)).isEqualTo(message.bytes());
            assertThat(relayed.content()).as("signed for the From domain, which has a DKIM key from its creation")
                    .startsWith("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + FluteServer.DOMAIN + "; s=");
        }

        @Test
        void anUnauthenticatedClientOnTheMxPortCannotRelay() throws IOException {
            String victim = "victim-" + unique() + "@remote.test";
            try (SmtpConnection smtp = mxSession()) {
                smtp.command("MAIL FROM:<" + SENDER + ">").require(250);

                Reply rcpt = smtp.command("RCPT TO:<" + victim + ">");

                assertThat(rcpt.code()).as("reply to RCPT: %s", rcpt).isEqualTo(550);
                assertThat(rcpt.text()).startsWith("5.7.1");
                assertThat(smtp.command("DATA").code()).as("DATA without a recipient").isNotEqualTo(354);
            }
            assertThat(peer.attemptedRecipients()).doesNotContain(victim);
        }
    }

    // ---- helpers

    /** smtplib on the submission port: STARTTLS, then login as alice. */
    private PythonSubmission submission() {
        return submissionWithoutLogin().login(alice, ACCOUNT_PASSWORD);
    }

    private PythonSubmission submissionWithoutLogin() {
        return new PythonSubmission(server.submissionPort()).startTls();
    }

    /** A raw session on the MX port after EHLO. */
    private SmtpConnection mxSession() throws IOException {
        return SmtpConnection.openSession(FluteServer.HOST, server.smtpPort(), SOCKET_TIMEOUT);
    }

    /** A raw session on the submission port after EHLO, STARTTLS, EHLO and AUTH PLAIN as {@code user}. */
    private SmtpConnection authenticatedSubmission(String user) throws IOException {
        SmtpConnection plain = SmtpConnection.openSession(FluteServer.HOST, server.submissionPort(), SOCKET_TIMEOUT);
        try {
            SmtpConnection tls = plain.startTls();
            tls.command("EHLO client.example").require(250);
            tls.authPlain(user, ACCOUNT_PASSWORD).require(235);
            return tls;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /**
     * Waits for the message in the account's INBOX, checks that it is stored byte for byte as sent
     * after the server's Received header, and returns that header.
     */
    private String arrivesUnchanged(String account, RawMessage sent) {
        long uid = mailboxes.awaitInInbox(account, sent.messageId()).uid();
        byte[] stored = api.content(account, MailboxProbe.INBOX, uid);
        byte[] withoutReceived = StoredMessage.withoutLeadingReceived(stored);
        assertThat(new String(withoutReceived, UTF_8)).as("stored in %s without the Received header", account)
                .isEqualTo(new String(sent.bytes(), UTF_8));
        assertThat(withoutReceived).isEqualTo(sent.bytes());
        return StoredMessage.leadingReceived(stored);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
