package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.TestMessages.SENDER;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.flutemail.it.support.DeliveryReportProbe;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.JakartaMailSender;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonPop3;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.ServerJmx;
import org.flutemail.it.support.SmtpConnection;
import org.flutemail.it.support.SmtpConnection.Reply;
import org.flutemail.it.support.StoredMessage;
import org.flutemail.it.support.Swaks;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.TestMessages.RawMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mail in over plain SMTP, from real clients, into the recipients' INBOXes. */
@FluteServerTest(portOffset = 500)
class SmtpDeliveryIT {

    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe mailboxes;
    private final PythonSmtp smtplib;
    private final DeliveryReportProbe reports;

    SmtpDeliveryIT(FluteServer server, FluteApi api, MailboxProbe mailboxes) {
        this.server = server;
        this.api = api;
        this.mailboxes = mailboxes;
        this.smtplib = new PythonSmtp(server);
        this.reports = new DeliveryReportProbe(api, MailboxProbe.DELIVERY_TIMEOUT);
    }

    @Test
    void deliveriesRunAsManyAtOnceAsTheServerSettingSays() {
        // The expression in InboundMailConsumer's annotation is resolved from flute.delivery.sessions,
        // whose default the provisioned configuration sets (06-system-properties.cli).
        try (ServerJmx jmx = ServerJmx.attach(server)) {
            TabularData config = (TabularData) jmx.attribute("jboss.as:deployment=flute.ear,subdeployment=flute-ejb.jar,"
                    + "subsystem=ejb3,message-driven-bean=InboundMailConsumer", "activationConfig");
            CompositeData maxSession = config.get(new Object[] {"maxSession"});
            assertThat(maxSession).as("%s", config).isNotNull();
            assertThat(maxSession.get("value")).isEqualTo("4");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    @DisplayName("a message arrives in INBOX exactly as the client sent it")
    class ByteExactDelivery {

        @Test
        void fromPythonSmtplib() {
            String alice = api.createAccount("alice");
            RawMessage message = TestMessages.tricky(alice);

            PythonSmtp.Result result = smtplib.send(SENDER, List.of(alice), message.bytes());

            assertThat(result.sent()).as("smtplib outcome %s", result).isTrue();
            assertSameBytes(mailboxes.awaitContentInInbox(alice, message.messageId()), message.bytes());
        }

        @Test
        void fromJakartaMail() throws Exception {
            String bob = api.createAccount("bob");
            JakartaMailSender jakartaMail = new JakartaMailSender(server);
            MimeMessage message = jakartaMail.newMessage();
            message.setFrom(new InternetAddress(SENDER, "Jakarta Mail"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(bob));
            message.setSubject("Grüße über Jakarta Mail", "UTF-8");
            message.setText(".\r\n..leading dots\r\nGrüße, 日本語 🎵\r\n" + "line of text\r\n".repeat(5000), "UTF-8");

            byte[] sent = jakartaMail.send(message);

            assertSameBytes(mailboxes.awaitContentInInbox(bob, message.getMessageID()), sent);
        }

        @Test
        void fromSwaks() {
            assumeThat(Swaks.isInstalled()).as("swaks is not installed here (apt-get install swaks); CI has it")
                    .isTrue();
            String carol = api.createAccount("carol");
            RawMessage message = TestMessages.tricky(carol);

            new Swaks(server).send(SENDER, List.of(carol), message.bytes());

            assertSameBytes(mailboxes.awaitContentInInbox(carol, message.messageId()), message.bytes());
        }

        @Test
        void withTheServersReceivedHeaderFirst() {
            String dave = api.createAccount("dave");
            RawMessage message = TestMessages.simple(dave, "Received header");

            assertThat(smtplib.send(SENDER, List.of(dave), message.bytes()).sent()).isTrue();

            long uid = mailboxes.awaitInInbox(dave, message.messageId()).uid();
            String received = StoredMessage.leadingReceived(api.content(dave, MailboxProbe.INBOX, uid));
            assertThat(received).as("RFC 5321 4.4: the FROM clause names the EHLO domain; a date follows ';'")
                    .containsIgnoringCase("from client.example")
                    .contains(";")
                    .endsWith("\r\n");
        }

        private void assertSameBytes(byte[] stored, byte[] sent) {
            assertThat(stored.length).as("stored size without the Received header").isEqualTo(sent.length);
            assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo(new String(sent, StandardCharsets.UTF_8));
            assertThat(stored).isEqualTo(sent);
        }
    }

    @Nested
    @DisplayName("recipients are checked at RCPT")
    class RecipientChecks {

        @Test
        void anUnknownLocalRecipientIsRefusedWith550_5_1_1() {
            String nobody = "nobody-here@" + FluteServer.DOMAIN;

            PythonSmtp.Result result = smtplib.send(SENDER, List.of(nobody),
                    TestMessages.simple(nobody, "to nobody").bytes());

            assertThat(result.outcome()).isEqualTo("recipients-refused");
            assertThat(result.refused().get(nobody).code()).isEqualTo(550);
            assertThat(result.refused().get(nobody).text()).startsWith("5.1.1");
        }

        @Test
        void aRecipientInADomainWeDoNotServeIsRefusedWith550_5_7_1() {
            String elsewhere = "someone@not-served.example";

            PythonSmtp.Result result = smtplib.send(SENDER, List.of(elsewhere),
                    TestMessages.simple(elsewhere, "relay attempt").bytes());

            assertThat(result.outcome()).isEqualTo("recipients-refused");
            assertThat(result.refused().get(elsewhere).code()).isEqualTo(550);
            assertThat(result.refused().get(elsewhere).text()).startsWith("5.7.1");
        }

        @Test
        void onlyTheUnknownRecipientIsRefusedWhenOthersAreGood() {
            String erin = api.createAccount("erin");
            String nobody = "nobody-either@" + FluteServer.DOMAIN;
            RawMessage message = TestMessages.simple(erin, "one good, one unknown");

            PythonSmtp.Result result = smtplib.send(SENDER, List.of(erin, nobody), message.bytes());

            assertThat(result.outcome()).isEqualTo("sent");
            assertThat(result.refused()).containsOnlyKeys(nobody);
            mailboxes.awaitInInbox(erin, message.messageId());
        }

        @Test
        void aSuspendedAccountIsRefusedAndReceivesAgainOnceActivated() {
            String frank = api.createAccount("frank");
            api.suspend(frank);

            PythonSmtp.Result whileSuspended = smtplib.send(SENDER, List.of(frank),
                    TestMessages.simple(frank, "while suspended").bytes());

            assertThat(whileSuspended.outcome()).isEqualTo("recipients-refused");
            assertThat(whileSuspended.refused().get(frank).code()).isBetween(400, 599);

            api.activate(frank);
            RawMessage afterwards = TestMessages.simple(frank, "after activation");
            assertThat(smtplib.send(SENDER, List.of(frank), afterwards.bytes()).sent()).isTrue();
            mailboxes.awaitInInbox(frank, afterwards.messageId());
        }
    }

    @Nested
    @DisplayName("a quota is checked at delivery against what the account holds now")
    class QuotaAtDelivery {

        @Test
        void aFullAccountTakesMailAgainOnceSomeIsRemoved() {
            String gina = api.createAccount("gina");
            for (RawMessage message : List.of(TestMessages.ofSize(gina, 2_000), TestMessages.ofSize(gina, 2_000))) {
                assertThat(smtplib.send(SENDER, List.of(gina), message.bytes()).sent()).isTrue();
                mailboxes.awaitInInbox(gina, message.messageId());
            }
            // What the two take as stored (with the server's headers), summed by the REST statistics
            // from the messages themselves rather than from the totals the quota check reads.
            long used = inboxOctets(gina);
            api.send("PUT", "accounts/" + FluteApi.segment(gina), Map.of("quotaBytes", used + 1_000))
                    .expect(200);

            // smtplib declares the size at MAIL FROM, so the mailbox that cannot take it is refused at RCPT.
            RawMessage tooMuch = TestMessages.ofSize(gina, 2_000);
            PythonSmtp.Result refused = smtplib.send(SENDER, List.of(gina), tooMuch.bytes());
            assertThat(refused.sent()).isFalse();
            assertThat(refused.refused().get(gina)).satisfies(r -> {
                assertThat(r.code()).isEqualTo(452);
                assertThat(r.text()).startsWith("4.2.2").contains("is full");
            });
            assertThat(inboxOctets(gina)).isEqualTo(used);

            PythonPop3.Session pop = PythonPop3.withStls(server).session(gina, FluteApi.ACCOUNT_PASSWORD, "dele:1",
                    "quit");
            assertThat(pop.error()).isNull();
            RawMessage fitsAgain = TestMessages.ofSize(gina, 2_000);
            assertThat(smtplib.send(SENDER, List.of(gina), fitsAgain.bytes()).sent()).isTrue();
            mailboxes.awaitInInbox(gina, fitsAgain.messageId());
        }

        @Test
        void mailTheMailboxHasNoRoomForOnceStoredIsReportedToItsSenderAndTheOthersGetIt() {
            String hank = api.createAccount("hank");
            String ivy = api.createAccount("ivy");
            String jack = api.createAccount("jack");
            RawMessage first = TestMessages.ofSize(ivy, 2_000);
            assertThat(smtplib.send(SENDER, List.of(ivy), first.bytes()).sent()).isTrue();
            mailboxes.awaitInInbox(ivy, first.messageId());
            long used = inboxOctets(ivy);
            // Room for the message as declared at MAIL FROM, not for the trace headers delivery adds:
            // RCPT takes it, the mailbox then cannot.
            RawMessage message = TestMessages.ofSize(hank, ivy, 2_000);
            api.send("PUT", "accounts/" + FluteApi.segment(ivy), Map.of("quotaBytes", used + message.bytes().length))
                    .expect(200);

            assertThat(smtplib.send(hank, List.of(ivy, jack), message.bytes()).sent()).isTrue();

            mailboxes.awaitInInbox(jack, message.messageId());
            String status = reports.awaitReport(hank, "failed");
            assertThat(status).containsPattern("(?i)Final-Recipient: *rfc822; *" + java.util.regex.Pattern.quote(ivy))
                    .contains("Status: 5.2.2")
                    .contains("Diagnostic-Code: smtp; 552 5.2.2")
                    .doesNotContain(jack);
            assertThat(awaitFailedDeliveryTo(ivy).path("error").asText()).contains("is full");
            assertThat(mailboxes.countInInbox(ivy, message.messageId())).isZero();
            assertThat(inboxOctets(ivy)).isEqualTo(used);
        }

        private long inboxOctets(String address) {
            return api.mailboxes(address).stream().filter(m -> m.name().equals(MailboxProbe.INBOX)).findFirst()
                    .orElseThrow().size();
        }

        private JsonNode awaitFailedDeliveryTo(String address) {
            String path = "trace?recipient=" + FluteApi.segment(address);
            return Eventually.await("a failed delivery to " + address, MailboxProbe.DELIVERY_TIMEOUT, () -> {
                for (JsonNode trace : api.get(path).expect(200).json()) {
                    if (trace.path("state").asText().equals("FAILED")) {
                        return Optional.of(trace);
                    }
                }
                return Optional.<JsonNode>empty();
            }, () -> api.get(path).text());
        }
    }

    @Nested
    @DisplayName("delivery reports the sender asked for")
    class SuccessReports {

        @Test
        void aRecipientWithNotifySuccessIsReportedDeliveredAndOneWithoutIsNot() {
            String kate = api.createAccount("kate");
            String lee = api.createAccount("lee");
            RawMessage notAsked = TestMessages.simple(kate, "no news is good news");
            assertThat(smtplib.send(lee, List.of(kate), notAsked.bytes()).sent()).isTrue();
            mailboxes.awaitInInbox(kate, notAsked.messageId());

            RawMessage asked = TestMessages.simple(lee, "tell me when it is there");
            assertThat(smtplib.notifying("SUCCESS").send(kate, List.of(lee), asked.bytes()).sent()).isTrue();
            mailboxes.awaitInInbox(lee, asked.messageId());
            String status = reports.awaitReport(kate, "delivered");
            assertThat(status).containsPattern("(?i)Final-Recipient: *rfc822; *" + java.util.regex.Pattern.quote(lee))
                    .contains("Status: 2.0.0");

            // A report for the first message would have been spooled with its delivery, before the second was sent.
            assertThat(api.messages(lee, MailboxProbe.INBOX)).as("lee asked for no report").hasSize(1);
        }

        @Test
        void anAliasOfSeveralIsReportedExpandedWithoutNamingItsMembers() {
            String mia = api.createAccount("mia");
            String ned = api.createAccount("ned");
            String olga = api.createAccount("olga");
            String crew = "crew-" + Long.toHexString(System.nanoTime()) + "@" + FluteServer.DOMAIN;
            api.createAlias(crew, List.of(ned, olga));
            RawMessage message = TestMessages.simple(crew, "to the crew, tell me");
            assertThat(smtplib.notifying("SUCCESS").send(mia, List.of(crew), message.bytes()).sent()).isTrue();

            String status = reports.awaitReport(mia, "expanded");
            assertThat(status).containsPattern("(?i)Final-Recipient: *rfc822; *" + java.util.regex.Pattern.quote(crew))
                    .contains("Status: 2.0.0")
                    .doesNotContain(ned).doesNotContain(olga);
            mailboxes.awaitInInbox(ned, message.messageId());
            mailboxes.awaitInInbox(olga, message.messageId());
            assertThat(api.messages(mia, MailboxProbe.INBOX)).as("one report, none per member").hasSize(1);
        }
    }

    @Nested
    @DisplayName("one message, many mailboxes")
    class Fanout {

        @Test
        void anAliasDeliversToEachOfItsTargets() {
            String alice = api.createAccount("alice");
            String bob = api.createAccount("bob");
            String sales = "sales-" + Long.toHexString(System.nanoTime()) + "@" + FluteServer.DOMAIN;
            api.createAlias(sales, List.of(alice, bob));
            RawMessage message = TestMessages.simple(sales, "to the alias");

            assertThat(smtplib.send(SENDER, List.of(sales), message.bytes()).sent()).isTrue();

            for (String target : List.of(alice, bob)) {
                mailboxes.awaitInInbox(target, message.messageId());
                assertThat(mailboxes.countInInbox(target, message.messageId())).as(target).isEqualTo(1);
            }
        }

        @Test
        void aMessageForEightAccountsIsStoredOnceInEachInbox() {
            List<String> recipients = IntStream.rangeClosed(1, 8).mapToObj(i -> api.createAccount("user" + i)).toList();
            RawMessage message = TestMessages.simple(String.join(", ", recipients), "for eight");

            assertThat(smtplib.send(SENDER, recipients, message.bytes()).sent()).isTrue();

            for (String recipient : recipients) {
                byte[] stored = mailboxes.awaitContentInInbox(recipient, message.messageId());
                assertThat(stored).as("content in %s", recipient).isEqualTo(message.bytes());
            }
            for (String recipient : recipients) {
                assertThat(mailboxes.countInInbox(recipient, message.messageId())).as(recipient).isEqualTo(1);
            }
        }
    }

    @Nested
    @DisplayName("a bad client never affects another")
    class BadClients {

        @Test
        void anOverlongCommandLineIsRefused() throws IOException {
            try (SmtpConnection bad = SmtpConnection.openSession(FluteServer.HOST, server.smtpPort(), SOCKET_TIMEOUT)) {
                String overlong = "MAIL FROM:<" + "a".repeat(100_000) + "@client.example>\r\n";
                bad.write(overlong.getBytes(StandardCharsets.US_ASCII));

                assertRefusedOrClosed(bad);
            }
            assertAnotherClientIsServed();
        }

        @Test
        void anOverlongRecipientIsNotAccepted() throws IOException {
            try (SmtpConnection bad = SmtpConnection.openSession(FluteServer.HOST, server.smtpPort(), SOCKET_TIMEOUT)) {
                bad.command("MAIL FROM:<" + SENDER + ">").require(250);
                String overlong = "RCPT TO:<" + "b".repeat(2000) + "@" + FluteServer.DOMAIN + ">\r\n";
                bad.write(overlong.getBytes(StandardCharsets.US_ASCII));

                assertRefusedOrClosed(bad);
            }
            assertAnotherClientIsServed();
        }

        @Test
        void garbageBytesAreRefused() throws IOException {
            byte[] garbage = new byte[4096];
            new Random(42).nextBytes(garbage);
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = (byte) (garbage[i] | 0x80);
                if (i % 200 == 199) {
                    garbage[i - 1] = '\r';
                    garbage[i] = '\n';
                }
            }
            garbage[100] = 0;
            garbage[garbage.length - 2] = '\r';
            garbage[garbage.length - 1] = '\n';
            try (SmtpConnection bad = SmtpConnection.open(FluteServer.HOST, server.smtpPort(), SOCKET_TIMEOUT)) {
                bad.greeting().require(220);
                bad.write(garbage);

                assertRefusedOrClosed(bad);
            }
            assertAnotherClientIsServed();
        }

        @Test
        void silentClientsDoNotHoldUpAClientThatSendsMail() throws IOException {
            List<SmtpConnection> silent = new ArrayList<>();
            try {
                for (int i = 0; i < 10; i++) {
                    silent.add(SmtpConnection.open(FluteServer.HOST, server.smtpPort(), SOCKET_TIMEOUT));
                }

                assertAnotherClientIsServed();
            } finally {
                for (SmtpConnection connection : silent) {
                    connection.close();
                }
            }
        }

        /**
         * SMTP smuggling: a dot on a line ended by a bare LF or CR must not end the data, or a
         * second message hidden in the first would be delivered on its own.
         */
        @ParameterizedTest(name = "end of data smuggled as {0}")
        @ValueSource(strings = {"\\n.\\n", "\\n.\\r\\n", "\\r\\n.\\n", "\\r.\\r\\n"})
        void aDotAfterABareLineEndDoesNotEndTheMessage(String escapedEnding) throws IOException {
            String victim = api.createAccount("victim");
            String smuggledId = TestMessages.newMessageId();
            String ending = escapedEnding.replace("\\r", "\r").replace("\\n", "\n");
            String payload = "From: <" + SENDER + ">\r\nSubject: outer\r\nMessage-ID: " + TestMessages.newMessageId()
                    + "\r\n\r\nouter body" + ending
                    + "MAIL FROM:<ceo@" + FluteServer.DOMAIN + ">\r\nRCPT TO:<" + victim + ">\r\nDATA\r\n"
                    + "From: <ceo@" + FluteServer.DOMAIN + ">\r\nSubject: smuggled\r\nMessage-ID: " + smuggledId
                    + "\r\n\r\nplease wire the money\r\n";
            try (SmtpConnection smtp = SmtpConnection.openSession(FluteServer.HOST, server.smtpPort(), SOCKET_TIMEOUT)) {
                smtp.command("MAIL FROM:<" + SENDER + ">").require(250);
                smtp.command("RCPT TO:<" + victim + ">").require(250);
                smtp.command("DATA").require(354);
                smtp.write((payload + ".\r\n").getBytes(StandardCharsets.US_ASCII));
                smtp.readReply();
            } catch (IOException ignored) {
                // refusing or hanging up on such input is fine; what matters is what gets delivered
            }

            assertAnotherClientIsServed(victim);
            assertThat(mailboxes.countInInbox(victim, smuggledId)).as("smuggled messages in INBOX").isZero();
        }

        /** The first reply must be a permanent refusal, or the server may have hung up. */
        private void assertRefusedOrClosed(SmtpConnection bad) {
            try {
                Reply reply = bad.readReply();
                assertThat(reply.code()).as("reply %s", reply).isBetween(500, 599);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server neither answered nor closed the connection within "
                        + SOCKET_TIMEOUT.toSeconds() + " s", e);
            } catch (IOException closed) {
                // hanging up on a client that breaks the protocol is fine
            }
        }

        private void assertAnotherClientIsServed() {
            assertAnotherClientIsServed(api.createAccount("grace"));
        }

        private void assertAnotherClientIsServed(String recipient) {
            RawMessage message = TestMessages.simple(recipient, "while another client misbehaves");
            assertThat(smtplib.send(SENDER, List.of(recipient), message.bytes()).sent()).isTrue();
            mailboxes.awaitInInbox(recipient, message.messageId());
        }
    }

    @Test
    void aRefusedStepGetsAnErrorAndTheSessionGoesOn() throws IOException {
        String henry = api.createAccount("henry");
        RawMessage message = TestMessages.simple(henry, "after a refused RCPT");
        try (SmtpConnection smtp = SmtpConnection.openSession(FluteServer.HOST, server.smtpPort(), SOCKET_TIMEOUT)) {
            assertThatThrownBy(() -> smtp.send(SENDER, List.of("nobody-at-all@" + FluteServer.DOMAIN),
                    message.bytes())).isInstanceOf(SmtpConnection.Refused.class);
            smtp.command("RSET").require(250);

            Reply queued = smtp.send(SENDER, List.of(henry), message.bytes());

            assertThat(queued.code()).isEqualTo(250);
            assertThat(queued.text()).startsWith("2.0.0 Ok: queued as ");
        }
        mailboxes.awaitInInbox(henry, message.messageId());
    }
}
