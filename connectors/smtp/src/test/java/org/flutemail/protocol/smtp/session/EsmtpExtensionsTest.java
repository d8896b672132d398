package org.flutemail.protocol.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.flutemail.connector.api.EnvelopeParameters;
import org.flutemail.connector.api.EnvelopeParameters.RecipientParameters;
import org.flutemail.connector.api.SessionInfo;
import org.flutemail.protocol.smtp.FakeStore;
import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.codec.ContentFlaws;
import org.flutemail.protocol.smtp.reply.Reply;
import org.junit.jupiter.api.Test;

/** STARTTLS, AUTH, the listener rules, DSN, SMTPUTF8, BINARYMIME and the hop limit, at session level. */
class EsmtpExtensionsTest {

    private static final String PLAIN = base64("\0" + FakeStore.USER + "\0" + FakeStore.PASSWORD);

    private final FakeStore store = new FakeStore();
    private SmtpSession session = session(ListenerPolicy.mx(true, false));

    private SmtpSession session(ListenerPolicy policy) {
        return new SmtpSession(SmtpConfig.builder("mx").maxHops(2).build(), policy,
                SaslMechanisms.standard(new byte[32], 4096), store, "192.0.2.7", Clock.systemUTC());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String say(String line) {
        return text(session.command(line));
    }

    private static String text(Step step) {
        return step.replies().stream().map(Reply::toString).collect(Collectors.joining(" | "));
    }

    private String send(String content) {
        session.command("DATA");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        session.content(bytes, 0, bytes.length);
        return text(session.endOfData(ContentFlaws.NONE));
    }

    private void tls() {
        say("EHLO c");
        assertThat(session.command("STARTTLS").action()).isEqualTo(Step.Action.START_TLS);
        session.tlsEstablished("TLSv1.3 TLS_AES_128_GCM_SHA256");
    }

    @Test
    void startTlsIsOfferedBeforeTlsAndForgetsEverythingAfter() {
        assertThat(say("EHLO c")).contains("250-STARTTLS").doesNotContain("AUTH");
        say("MAIL FROM:<a@b>");
        assertThat(say("STARTTLS")).isEqualTo("503 5.5.1 Error: bad sequence of commands");
        say("RSET");
        assertThat(text(session.command("STARTTLS"))).isEqualTo("220 2.0.0 Ready to start TLS");
        session.tlsEstablished("TLSv1.3 TLS_AES_128_GCM_SHA256");
        assertThat(say("MAIL FROM:<a@b>")).as("EHLO again first").isEqualTo("503 5.5.1 Error: send HELO/EHLO first");
        assertThat(say("EHLO c")).doesNotContain("STARTTLS").contains("250-AUTH SCRAM-SHA-256 PLAIN LOGIN");
        assertThat(say("STARTTLS")).isEqualTo("503 5.5.1 Error: TLS already active");
    }

    @Test
    void startTlsWithoutCertificateOrBeforeEhlo() {
        assertThat(say("STARTTLS")).isEqualTo("503 5.5.1 Error: send EHLO first");
        assertThat(say("STARTTLS now")).isEqualTo("501 5.5.4 Syntax: STARTTLS");
        session = session(ListenerPolicy.mx(false, false));
        say("EHLO c");
        assertThat(say("STARTTLS")).isEqualTo("454 4.7.0 TLS not available due to temporary reason");
    }

    @Test
    void authPlainWithAndWithoutInitialResponse() {
        tls();
        say("EHLO c");
        assertThat(say("AUTH PLAIN")).isEqualTo("334");
        assertThat(say(PLAIN)).isEqualTo("235 2.7.0 Authentication successful");
        assertThat(say("AUTH PLAIN " + PLAIN)).isEqualTo("503 5.5.1 Error: already authenticated");
        say("MAIL FROM:<alice@flute.test>");
        say("RCPT TO:<bob@flute.test>");
        send("x\r\n");
        SessionInfo info = store.received().get(0).message().session();
        assertThat(info.protocol()).isEqualTo("ESMTPSA");
        assertThat(info.authenticatedUser()).isEqualTo(FakeStore.USER);
        assertThat(info.tlsCipher()).isEqualTo("TLSv1.3 TLS_AES_128_GCM_SHA256");
    }

    @Test
    void authLoginAskedStepByStepOrWithTheUserUpFront() {
        tls();
        say("EHLO c");
        assertThat(say("AUTH LOGIN")).isEqualTo("334 VXNlcm5hbWU6");
        assertThat(say(base64(FakeStore.USER))).isEqualTo("334 UGFzc3dvcmQ6");
        assertThat(say(base64("wrong"))).isEqualTo("535 5.7.8 Error: authentication credentials invalid");
        assertThat(say("AUTH LOGIN " + base64(FakeStore.USER))).isEqualTo("334 UGFzc3dvcmQ6");
        assertThat(say(base64(FakeStore.PASSWORD))).isEqualTo("235 2.7.0 Authentication successful");
    }

    @Test
    void authErrors() {
        tls();
        assertThat(say("AUTH PLAIN " + PLAIN)).isEqualTo("503 5.5.1 Error: send EHLO first");
        say("EHLO c");
        assertThat(say("AUTH CRAM-MD5")).isEqualTo("504 5.5.4 Error: unsupported authentication mechanism");
        assertThat(say("AUTH PLAIN")).isEqualTo("334");
        assertThat(say("*")).isEqualTo("501 5.0.0 Authentication cancelled");
        assertThat(say("AUTH LOGIN")).startsWith("334 ");
        assertThat(say("not base64!")).isEqualTo("501 5.5.2 Error: cannot decode response");
        assertThat(say("AUTH PLAIN " + base64("no separators"))).startsWith("501 5.5.2");
        assertThat(say("AUTH PLAIN " + base64("\0throttled\0x")))
                .isEqualTo("454 4.7.0 Temporary authentication failure");
        assertThat(say("AUTH PLAIN " + base64("\0crash\0x"))).isEqualTo("454 4.7.0 Temporary authentication failure");
        assertThat(say("AUTH PLAIN " + base64("bob@flute.test\0" + FakeStore.USER + "\0" + FakeStore.PASSWORD)))
                .as("acting for someone else").startsWith("535 5.7.8");
        assertThat(say("AUTH PLAIN =")).startsWith("501 5.5.2");
        say("MAIL FROM:<a@b>");
        assertThat(say("AUTH PLAIN " + PLAIN)).isEqualTo("503 5.5.1 Error: AUTH not allowed during a mail transaction");
    }

    @Test
    void authNeedsTlsUnlessPlainAuthIsAllowed() {
        say("EHLO c");
        assertThat(say("AUTH PLAIN " + PLAIN))
                .isEqualTo("538 5.7.11 Encryption required for requested authentication mechanism");
        session = session(ListenerPolicy.mx(true, true));
        assertThat(say("EHLO c")).contains("250-AUTH SCRAM-SHA-256 PLAIN LOGIN");
        assertThat(say("AUTH PLAIN " + PLAIN)).startsWith("235 ");
        say("MAIL FROM:<a@b>");
        assertThat(store.senderChecks.get(0).protocol()).isEqualTo("ESMTPA");
    }

    @Test
    void submissionWantsAuthBeforeMailAndChecksTheSender() {
        session = session(ListenerPolicy.submission(true, false));
        tls();
        say("EHLO c");
        assertThat(say("MAIL FROM:<alice@flute.test>")).isEqualTo("530 5.7.0 Authentication required");
        say("AUTH PLAIN " + PLAIN);
        assertThat(say("MAIL FROM:<forged@flute.test>"))
                .isEqualTo("553 5.7.1 <forged@flute.test>: Sender address not owned by authenticated user");
        assertThat(say("MAIL FROM:<busy@flute.test>")).startsWith("451 4.3.0 <busy@flute.test>: ");
        assertThat(say("MAIL FROM:<alice@flute.test>")).isEqualTo("250 2.1.0 Ok");
        SessionInfo asked = store.senderChecks.get(store.senderChecks.size() - 1);
        assertThat(asked.listener()).isEqualTo(SessionInfo.Listener.SUBMISSION);
        assertThat(asked.authenticatedUser()).isEqualTo(FakeStore.USER);
    }

    @Test
    void dsnParametersReachTheEnvelope() {
        say("EHLO c");
        assertThat(say("MAIL FROM:<a@far.test> RET=hdrs ENVID=QQ+2B1+3D2")).isEqualTo("250 2.1.0 Ok");
        assertThat(say("RCPT TO:<b@flute.test> NOTIFY=SUCCESS,failure ORCPT=rfc822;b+2Bx@flute.test"))
                .isEqualTo("250 2.1.5 Ok");
        assertThat(say("RCPT TO:<c@flute.test> NOTIFY=NEVER")).isEqualTo("250 2.1.5 Ok");
        assertThat(say("RCPT TO:<d@flute.test>")).isEqualTo("250 2.1.5 Ok");
        send("x\r\n");
        EnvelopeParameters parameters = store.received().get(0).message().parameters();
        assertThat(parameters.dsnReturn()).isEqualTo("HDRS");
        assertThat(parameters.dsnEnvelopeId()).isEqualTo("QQ+1=2");
        assertThat(parameters.recipients()).containsExactly(
                new RecipientParameters(List.of("SUCCESS", "FAILURE"), "rfc822;b+x@flute.test"),
                new RecipientParameters(List.of("NEVER"), ""), RecipientParameters.none());
    }

    @Test
    void badDsnParametersAre501() {
        say("EHLO c");
        assertThat(say("MAIL FROM:<a@b> RET=ALL")).isEqualTo("501 5.5.4 Error: RET must be FULL or HDRS");
        assertThat(say("MAIL FROM:<a@b> ENVID=a+zz")).isEqualTo("501 5.5.4 Error: bad ENVID parameter");
        assertThat(say("MAIL FROM:<a@b> ENVID=" + "x".repeat(101))).isEqualTo("501 5.5.4 Error: bad ENVID parameter");
        say("MAIL FROM:<a@b>");
        for (String notify : List.of("NEVER,SUCCESS", "SUCCESS,SUCCESS", "SOMETIMES", "SUCCESS,")) {
            assertThat(say("RCPT TO:<c@d> NOTIFY=" + notify)).as(notify).startsWith("501 5.5.4 Error: NOTIFY");
        }
        assertThat(say("RCPT TO:<c@d> ORCPT=c@d")).isEqualTo("501 5.5.4 Error: ORCPT must be addr-type;xtext");
        assertThat(say("RCPT TO:<c@d> ORCPT=rfc822;")).startsWith("501 5.5.4");
    }

    @Test
    void utf8AddressesNeedSmtpUtf8() {
        say("EHLO c");
        assertThat(say("MAIL FROM:<jörg@bücher.test>")).isEqualTo(
                "553 5.6.7 Error: non-ASCII address requires the SMTPUTF8 parameter");
        say("MAIL FROM:<a@b>");
        assertThat(say("RCPT TO:<jörg@bücher.test>")).startsWith("553 5.6.7");
        say("RSET");
        assertThat(say("MAIL FROM:<jörg@bücher.test> SMTPUTF8 BODY=8BITMIME")).isEqualTo("250 2.1.0 Ok");
        assertThat(say("RCPT TO:<δοκιμή@παράδειγμα.δοκιμή>")).isEqualTo("250 2.1.5 Ok");
        send("Subject: ü\r\n\r\nx\r\n");
        var message = store.received().get(0).message();
        assertThat(message.reversePath()).isEqualTo("jörg@bücher.test");
        assertThat(message.parameters().smtpUtf8()).isTrue();
        assertThat(message.parameters().body()).isEqualTo("8BITMIME");
        assertThat(message.session().protocol()).isEqualTo("UTF8SMTP");
        assertThat(say("MAIL FROM:<a@b> SMTPUTF8=yes")).isEqualTo("501 5.5.4 Error: SMTPUTF8 takes no value");
    }

    @Test
    void binaryMimeNeedsBdat() {
        say("EHLO c");
        say("MAIL FROM:<a@b> BODY=BINARYMIME");
        say("RCPT TO:<c@d>");
        assertThat(say("DATA")).isEqualTo("503 5.5.1 Error: BODY=BINARYMIME requires BDAT");
    }

    @Test
    void tooManyReceivedHeadersIsALoop() {
        say("EHLO c");
        say("MAIL FROM:<a@b>");
        say("RCPT TO:<c@d>");
        String threeHops = "Received: from a\r\n\tby b\r\nreceived: from c\r\nX-Received: no\r\nRECEIVED: from d\r\n"
                + "\r\nReceived: in the body does not count\r\n";
        assertThat(send(threeHops)).isEqualTo("554 5.4.6 Too many hops (mail loop?)");
        say("MAIL FROM:<a@b>");
        say("RCPT TO:<c@d>");
        assertThat(send(threeHops.replace("RECEIVED: from d\r\n", ""))).startsWith("250 2.0.0 Ok: queued as");
    }
}
