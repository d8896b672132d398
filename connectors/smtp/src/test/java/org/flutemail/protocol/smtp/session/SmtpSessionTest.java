package org.flutemail.protocol.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.flutemail.connector.api.AcceptedMessage;
import org.flutemail.connector.api.MessageRefusedException;
import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.RecipientVerdict.Kind;
import org.flutemail.protocol.smtp.FakeStore;
import org.flutemail.protocol.smtp.codec.ContentFlaws;
import org.flutemail.protocol.smtp.reply.Reply;
import org.junit.jupiter.api.Test;

class SmtpSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final FakeStore store = new FakeStore();
    private SmtpSession session = sessionWith(SmtpConfig.defaults("mx.flute.test"));

    private SmtpSession sessionWith(SmtpConfig config) {
        return new SmtpSession(config, store, "192.0.2.7", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private String say(String line) {
        return text(session.command(line));
    }

    private static String text(Step step) {
        return step.replies().stream().map(Reply::toString).collect(Collectors.joining(" | "));
    }

    private String sendContent(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
        session.content(bytes, 0, bytes.length);
        return text(session.endOfData(ContentFlaws.NONE));
    }

    private void openTransaction() {
        say("EHLO client.test");
        assertThat(say("MAIL FROM:<sender@far.test>")).isEqualTo("250 2.1.0 Ok");
    }

    @Test
    void greetingAndEhloAnnounceOnlyWhatIsHonoured() {
        assertThat(text(session.greet())).isEqualTo("220 mx.flute.test ESMTP Flute");
        assertThat(say("EHLO client.test")).isEqualTo("250-mx.flute.test Hello client.test\r\n250-PIPELINING\r\n"
                + "250-SIZE 52428800\r\n250-8BITMIME\r\n250-BINARYMIME\r\n250-CHUNKING\r\n250-SMTPUTF8\r\n"
                + "250-DSN\r\n250-ENHANCEDSTATUSCODES\r\n250 HELP");
        assertThat(say("HELO client.test")).isEqualTo("250 mx.flute.test");
    }

    @Test
    void aWholeTransactionReachesTheStore() {
        openTransaction();
        assertThat(say("RCPT TO:<one@flute.test>")).isEqualTo("250 2.1.5 Ok");
        assertThat(say("RCPT TO:<two@flute.test>")).isEqualTo("250 2.1.5 Ok");
        Step data = session.command("DATA");
        assertThat(data.action()).isEqualTo(Step.Action.START_DATA);
        assertThat(text(data)).isEqualTo("354 End data with <CR><LF>.<CR><LF>");
        assertThat(sendContent("Subject: hi\r\n\r\nbody\r\n")).isEqualTo("250 2.0.0 Ok: queued as Q0");

        FakeStore.Received got = store.received().get(0);
        assertThat(got.content()).isEqualTo("Subject: hi\r\n\r\nbody\r\n");
        assertThat(got.message().reversePath()).isEqualTo("sender@far.test");
        assertThat(got.message().recipients()).containsExactly("one@flute.test", "two@flute.test");
        assertThat(got.message().receivedAt()).isEqualTo(NOW);
        assertThat(got.message().session().clientAddress()).isEqualTo("192.0.2.7");
        assertThat(got.message().session().clientName()).isEqualTo("client.test");
        assertThat(got.message().session().protocol()).isEqualTo("ESMTP");
        assertThat(session.stats().messagesAccepted()).isEqualTo(1);
        assertThat(say("MAIL FROM:<>")).as("a new transaction may start").isEqualTo("250 2.1.0 Ok");
    }

    @Test
    void sequencingErrors() {
        assertThat(say("MAIL FROM:<a@b>")).isEqualTo("503 5.5.1 Error: send HELO/EHLO first");
        assertThat(say("RCPT TO:<a@b>")).isEqualTo("503 5.5.1 Error: send HELO/EHLO first");
        assertThat(say("DATA")).isEqualTo("503 5.5.1 Error: send HELO/EHLO first");
        say("EHLO c");
        assertThat(say("RCPT TO:<a@b>")).isEqualTo("503 5.5.1 Error: need MAIL command");
        assertThat(say("DATA")).isEqualTo("503 5.5.1 Error: need MAIL command");
        say("MAIL FROM:<a@b>");
        assertThat(say("MAIL FROM:<a@b>")).isEqualTo("503 5.5.1 Error: nested MAIL command");
        assertThat(say("DATA")).isEqualTo("554 5.5.1 Error: no valid recipients");
        assertThat(say("RSET")).isEqualTo("250 2.0.0 Ok");
        assertThat(say("RCPT TO:<a@b>")).isEqualTo("503 5.5.1 Error: need MAIL command");
    }

    @Test
    void secondEhloAbandonsTheTransaction() {
        openTransaction();
        say("RCPT TO:<a@flute.test>");
        say("EHLO again");
        assertThat(say("DATA")).isEqualTo("503 5.5.1 Error: need MAIL command");
    }

    @Test
    void otherCommands() {
        assertThat(say("NOOP")).isEqualTo("250 2.0.0 Ok");
        assertThat(say("HELP")).startsWith("214 2.0.0 ");
        assertThat(say("VRFY root")).startsWith("252 2.5.0 ");
        assertThat(say("EXPN staff")).isEqualTo("502 5.5.1 EXPN not available");
        assertThat(say("FOO")).isEqualTo("500 5.5.2 Error: command not recognized");
        Step quit = session.command("QUIT");
        assertThat(text(quit)).isEqualTo("221 2.0.0 mx.flute.test Bye");
        assertThat(quit.action()).isEqualTo(Step.Action.CLOSE);
        assertThat(session.command("NOOP").replies()).isEmpty();
    }

    @Test
    void verdictsMapToReplies() {
        store.verdicts.put("gone@flute.test", RecipientVerdict.of(Kind.UNKNOWN, ""));
        store.verdicts.put("off@flute.test", RecipientVerdict.of(Kind.DISABLED, "mailbox suspended"));
        store.verdicts.put("x@elsewhere.test", RecipientVerdict.of(Kind.NOT_LOCAL, ""));
        store.verdicts.put("busy@flute.test", RecipientVerdict.of(Kind.TRY_LATER, ""));
        store.verdicts.put("crash@flute.test", RecipientVerdict.of(Kind.TRY_LATER, "throw"));
        store.verdicts.put("evil@flute.test", RecipientVerdict.of(Kind.UNKNOWN, "no\r\n250 fake"));
        openTransaction();
        assertThat(say("RCPT TO:<gone@flute.test>")).startsWith("550 5.1.1 <gone@flute.test>: ");
        assertThat(say("RCPT TO:<off@flute.test>")).isEqualTo("550 5.2.1 <off@flute.test>: mailbox suspended");
        assertThat(say("RCPT TO:<x@elsewhere.test>")).isEqualTo("550 5.7.1 <x@elsewhere.test>: Relay access denied");
        assertThat(say("RCPT TO:<busy@flute.test>")).startsWith("451 4.3.0 ");
        assertThat(say("RCPT TO:<crash@flute.test>")).startsWith("451 4.3.0 ");
        assertThat(say("RCPT TO:<evil@flute.test>")).isEqualTo("550 5.1.1 <evil@flute.test>: no??250 fake");
        assertThat(say("DATA")).isEqualTo("554 5.5.1 Error: no valid recipients");
    }

    @Test
    void postmasterIsPassedToTheStoreWithoutDomain() {
        openTransaction();
        assertThat(say("RCPT TO:<Postmaster>")).isEqualTo("250 2.1.5 Ok");
        assertThat(store.checked).containsExactly("postmaster");
    }

    @Test
    void repeatedRecipientIsAskedAboutOnce() {
        openTransaction();
        say("RCPT TO:<a@flute.test>");
        assertThat(say("RCPT TO:<a@flute.test>")).isEqualTo("250 2.1.5 Ok");
        assertThat(store.checked).containsExactly("a@flute.test");
    }

    @Test
    void recipientLimit() {
        session = sessionWith(SmtpConfig.builder("mx").maxRecipients(2).build());
        openTransaction();
        say("RCPT TO:<a@x>");
        say("RCPT TO:<b@x>");
        assertThat(say("RCPT TO:<c@x>")).isEqualTo("452 4.5.3 Error: too many recipients");
        assertThat(session.command("DATA").action()).isEqualTo(Step.Action.START_DATA);
    }

    @Test
    void sizeParameterIsHonoured() {
        session = sessionWith(SmtpConfig.builder("mx").maxMessageSize(1000).build());
        say("EHLO c");
        assertThat(say("MAIL FROM:<a@b> SIZE=1001"))
                .isEqualTo("552 5.3.4 Error: message size exceeds fixed maximum message size");
        assertThat(say("MAIL FROM:<a@b> SIZE=99999999999999999999")).startsWith("552 5.3.4");
        assertThat(say("MAIL FROM:<a@b> SIZE=12x")).isEqualTo("501 5.5.4 Error: bad SIZE parameter");
        assertThat(say("MAIL FROM:<a@b> SIZE")).isEqualTo("501 5.5.4 Error: bad SIZE parameter");
        assertThat(say("MAIL FROM:<a@b> SIZE=1000 BODY=8BITMIME")).isEqualTo("250 2.1.0 Ok");
    }

    @Test
    void theDeclaredSizeGoesToTheStoreAtRcptWhichMayRefuseIt() {
        store.verdicts.put("small@flute.test", RecipientVerdict.of(Kind.TOO_BIG, "limit of 500 octets of domain flute.test"));
        say("EHLO c");
        say("MAIL FROM:<a@b> SIZE=900");
        assertThat(say("RCPT TO:<small@flute.test>"))
                .isEqualTo("552 5.3.4 <small@flute.test>: limit of 500 octets of domain flute.test");
        assertThat(say("RCPT TO:<big@flute.test>")).isEqualTo("250 2.1.5 Ok");
        say("RSET");
        say("MAIL FROM:<a@b>");
        say("RCPT TO:<big@flute.test>");
        assertThat(store.declaredSizes).as("none declared is 0").containsExactly(900L, 900L, 0L);
    }

    @Test
    void aFullMailboxIsATemporaryRefusalOfThatRecipientAlone() {
        store.verdicts.put("full@flute.test", RecipientVerdict.of(Kind.MAILBOX_FULL,
                "mailbox full@flute.test is full (2000 of 2000 octets used)"));
        say("EHLO c");
        say("MAIL FROM:<a@b>");
        assertThat(say("RCPT TO:<full@flute.test>"))
                .isEqualTo("452 4.2.2 <full@flute.test>: mailbox full@flute.test is full (2000 of 2000 octets used)");
        assertThat(say("RCPT TO:<big@flute.test>")).isEqualTo("250 2.1.5 Ok");
        assertThat(say("DATA")).startsWith("354");
    }

    @Test
    void unknownParametersAndParametersAfterHeloAre555() {
        say("EHLO c");
        assertThat(say("MAIL FROM:<a@b> XCLIENT=1")).isEqualTo("555 5.5.4 Error: unsupported parameter XCLIENT");
        assertThat(say("MAIL FROM:<a@b> AUTH=<>")).as("AUTH is not offered without TLS")
                .isEqualTo("555 5.5.4 Error: unsupported parameter AUTH");
        assertThat(say("MAIL FROM:<a@b> BODY=BINARY")).startsWith("501 5.5.4");
        say("MAIL FROM:<a@b>");
        assertThat(say("RCPT TO:<c@d> FOO=BAR")).isEqualTo("555 5.5.4 Error: unsupported parameter FOO");
        say("HELO c");
        assertThat(say("MAIL FROM:<a@b> SIZE=10")).startsWith("555 5.5.4");
        assertThat(say("MAIL FROM:<a@b> SMTPUTF8")).startsWith("555 5.5.4");
    }

    @Test
    void oversizedContentIsRefusedAndTheSessionGoesOn() {
        session = sessionWith(SmtpConfig.builder("mx").maxMessageSize(10).build());
        openTransaction();
        say("RCPT TO:<a@x>");
        session.command("DATA");
        assertThat(sendContent("0123456789ABC\r\n")).startsWith("552 5.3.4 ");
        assertThat(store.received()).isEmpty();
        assertThat(say("MAIL FROM:<a@b>")).isEqualTo("250 2.1.0 Ok");
    }

    @Test
    void contentWithBareLineEndsIsRefused() {
        openTransaction();
        say("RCPT TO:<a@x>");
        session.command("DATA");
        assertThat(text(session.endOfData(new ContentFlaws(true, false))))
                .isEqualTo("550 5.6.0 Error: message contains a bare CR or LF; lines must end with CRLF");
        assertThat(text(session.command("NOOP"))).isEqualTo("250 2.0.0 Ok");
    }

    @Test
    void overlongTextLinesAreAccepted() {
        openTransaction();
        say("RCPT TO:<a@x>");
        session.command("DATA");
        assertThat(text(session.endOfData(new ContentFlaws(false, true)))).startsWith("250 2.0.0 Ok: queued");
    }

    @Test
    void storeRefusalsAndFailures() {
        store.refusal = new MessageRefusedException("virus found", true);
        assertThat(deliverOne()).isEqualTo("554 5.7.0 virus found");
        store.refusal = new MessageRefusedException("greylisted", false);
        assertThat(deliverOne()).isEqualTo("451 4.7.0 greylisted");
        store.refusal = null;
        store.onAccept = message -> {
            throw new IllegalStateException("database down");
        };
        assertThat(deliverOne()).isEqualTo("451 4.3.0 Error: temporary failure, try again later");
        store.onAccept = message -> new AcceptedMessage("ABC123");
        assertThat(deliverOne()).isEqualTo("250 2.0.0 Ok: queued as ABC123");
        assertThat(session.stats().messagesRefused()).isEqualTo(3);
    }

    private String deliverOne() {
        say("EHLO c");
        say("MAIL FROM:<a@b>");
        say("RCPT TO:<c@d>");
        session.command("DATA");
        return sendContent("x\r\n");
    }

    @Test
    void tooManyErrorsCloses() {
        session = sessionWith(SmtpConfig.builder("mx").maxErrors(3).build());
        assertThat(say("BAD1")).startsWith("500");
        assertThat(say("BAD2")).startsWith("500");
        Step third = session.command("BAD3");
        assertThat(text(third)).isEqualTo(
                "500 5.5.2 Error: command not recognized | 421 4.7.0 mx Error: too many errors, closing connection");
        assertThat(third.action()).isEqualTo(Step.Action.CLOSE);
    }

    @Test
    void tooManyCommandsCloses() {
        session = sessionWith(SmtpConfig.builder("mx").maxCommands(2).build());
        say("NOOP");
        say("NOOP");
        Step third = session.command("NOOP");
        assertThat(text(third)).isEqualTo("421 4.7.0 mx Error: too many commands, closing connection");
        assertThat(third.action()).isEqualTo(Step.Action.CLOSE);
    }

    @Test
    void idleTimeoutCloses() {
        Step step = session.idleTimeout();
        assertThat(text(step)).isEqualTo("421 4.4.2 mx.flute.test Error: timeout exceeded, closing connection");
        assertThat(step.action()).isEqualTo(Step.Action.CLOSE);
    }

    @Test
    void lineTooLongIsAnError() {
        assertThat(text(session.lineTooLong())).isEqualTo("500 5.5.2 Error: line too long");
        assertThat(session.stats().errors()).isEqualTo(1);
    }

    @Test
    void heloSessionsAreMarkedSmtp() {
        say("HELO old");
        say("MAIL FROM:<a@b>");
        say("RCPT TO:<c@d>");
        session.command("DATA");
        sendContent("x\r\n");
        assertThat(store.received().get(0).message().session().protocol()).isEqualTo("SMTP");
        assertThat(List.of(session.stats().commands(), session.stats().recipientsAccepted())).containsExactly(4, 1);
    }
}
