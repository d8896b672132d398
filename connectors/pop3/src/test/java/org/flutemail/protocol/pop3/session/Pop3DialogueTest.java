package org.flutemail.protocol.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.flutemail.protocol.pop3.Pop3Connection;
import org.junit.jupiter.api.Test;

/** Whole sessions against a fake store, as a client would type them. */
class Pop3DialogueTest {

    private static final String ONE = "Subject: one\r\n\r\nHello\r\n.hidden dot\r\n";
    private static final String TWO = "Subject: two\r\nX: y\r\n\r\nl1\r\nl2\r\nl3\r\n";

    private final FakeMaildrop store = new FakeMaildrop().with(3, ONE).with(5, TWO);
    private Pop3Connection connection = connect(Pop3Policy.cleartext(true, false));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Pop3Connection connect(Pop3Policy policy) {
        return new Pop3Connection(new Pop3Config("pop.example.test", 4, Duration.ofMinutes(10), 4096), policy,
                store, "192.0.2.1");
    }

    /** Sends the lines in one write and returns everything the server answered. */
    private String send(String... lines) throws IOException {
        return Wire.exchange(connection, lines);
    }

    private void loggedIn() throws IOException {
        connection.tlsEstablished("TLSv1.3");
        assertThat(send("USER alice", "PASS secret")).isEqualTo("+OK send the password\r\n"
                + "+OK maildrop has 2 messages (" + (ONE.length() + TWO.length()) + " octets)\r\n");
    }

    @Test
    void greetsWithoutApopTimestamp() throws IOException {
        connection.greet(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(
                "+OK pop.example.test Flute Mail POP3 server ready\r\n");
    }

    @Test
    void capaBeforeTlsOffersStlsButNoPasswords() throws IOException {
        assertThat(send("CAPA")).isEqualTo("+OK capability list follows\r\nTOP\r\nUIDL\r\nRESP-CODES\r\n"
                + "AUTH-RESP-CODE\r\nPIPELINING\r\nSTLS\r\nIMPLEMENTATION Flute-Mail\r\n.\r\n");
        assertThat(send("USER alice")).startsWith("-ERR [AUTH] plaintext authentication is not allowed");
        assertThat(send("AUTH PLAIN AGFsaWNlAHNlY3JldA==")).startsWith("-ERR [AUTH]");
        assertThat(store.logins).isEmpty();
    }

    @Test
    void capaAfterTlsOffersUserAndSaslPlainButNoStls() throws IOException {
        connection.tlsEstablished("TLSv1.3");
        assertThat(send("CAPA")).isEqualTo("+OK capability list follows\r\nTOP\r\nUIDL\r\nUSER\r\nSASL PLAIN\r\n"
                + "RESP-CODES\r\nAUTH-RESP-CODE\r\nPIPELINING\r\nIMPLEMENTATION Flute-Mail\r\n.\r\n");
        assertThat(send("STLS")).isEqualTo("-ERR TLS is already active\r\n");
    }

    @Test
    void plainAuthBeforeTlsWhenConfigured() throws IOException {
        connection = connect(Pop3Policy.cleartext(false, true));
        assertThat(send("USER alice", "PASS secret")).endsWith("+OK maildrop has 2 messages (70 octets)\r\n");
        assertThat(store.logins.get(0).isTls()).isFalse();
    }

    @Test
    void stlsDiscardsPipelinedCommands() throws IOException {
        assertThat(send("STLS", "USER alice", "PASS secret")).isEqualTo("+OK begin TLS negotiation\r\n<TLS>");
        connection.tlsEstablished("TLSv1.3");
        assertThat(send("PASS secret")).isEqualTo("-ERR USER first\r\n");
        assertThat(store.logins).isEmpty();
    }

    @Test
    void statListUidl() throws IOException {
        loggedIn();
        assertThat(send("STAT")).isEqualTo("+OK 2 70\r\n");
        assertThat(send("LIST")).isEqualTo("+OK 2 messages (70 octets)\r\n1 36\r\n2 34\r\n.\r\n");
        assertThat(send("LIST 2")).isEqualTo("+OK 2 34\r\n");
        assertThat(send("LIST 3")).startsWith("-ERR no such message");
        assertThat(send("UIDL")).isEqualTo("+OK unique-id listing follows\r\n1 7.3\r\n2 7.5\r\n.\r\n");
        assertThat(send("uidl 1")).isEqualTo("+OK 1 7.3\r\n");
    }

    @Test
    void retrByteStuffsAndTopCountsBodyLines() throws IOException {
        loggedIn();
        assertThat(send("RETR 1")).isEqualTo("+OK 36 octets\r\nSubject: one\r\n\r\nHello\r\n..hidden dot\r\n.\r\n");
        assertThat(send("TOP 2 2")).isEqualTo("+OK top of message follows\r\nSubject: two\r\nX: y\r\n\r\nl1\r\nl2\r\n.\r\n");
        assertThat(send("TOP 2 0")).isEqualTo("+OK top of message follows\r\nSubject: two\r\nX: y\r\n\r\n.\r\n");
        assertThat(send("TOP 1")).startsWith("-ERR syntax");
    }

    @Test
    void contentWithoutFinalLineEndIsTerminatedProperly() throws IOException {
        store.with(9, "Subject: x\r\n\r\nno end");
        connection.tlsEstablished("TLSv1.3");
        send("USER alice", "PASS secret");
        assertThat(send("RETR 3")).isEqualTo("+OK 20 octets\r\nSubject: x\r\n\r\nno end\r\n.\r\n");
    }

    @Test
    void deleteTakesEffectOnlyAtQuitAndMarksRetrievedSeen() throws IOException {
        loggedIn();
        send("RETR 1", "RETR 2");
        assertThat(send("DELE 2")).isEqualTo("+OK message 2 deleted\r\n");
        assertThat(send("RETR 2")).isEqualTo("-ERR message 2 already deleted\r\n");
        assertThat(send("STAT")).isEqualTo("+OK 1 36\r\n");
        assertThat(send("LIST")).isEqualTo("+OK 1 messages (36 octets)\r\n1 36\r\n.\r\n");
        assertThat(store.deletions).isEmpty();
        assertThat(send("QUIT")).isEqualTo("+OK pop.example.test POP3 server signing off (1 messages left)\r\n");
        assertThat(store.deletions).containsExactly(List.of(5L));
        assertThat(store.seen).containsExactly(List.of(3L));
        assertThat(connection.isClosing()).isTrue();
    }

    @Test
    void rsetUndoesDeletions() throws IOException {
        loggedIn();
        send("DELE 1", "DELE 2");
        assertThat(send("RSET")).isEqualTo("+OK maildrop has 2 messages (70 octets)\r\n");
        send("QUIT");
        assertThat(store.deletions).isEmpty();
        assertThat(store.seen).isEmpty();
    }

    @Test
    void aSessionEndedWithoutQuitChangesNothing() throws IOException {
        loggedIn();
        send("RETR 1", "DELE 1");
        out.reset();
        connection.idleTimeout(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).startsWith("-ERR");
        assertThat(store.deletions).isEmpty();
        assertThat(store.seen).isEmpty();
    }

    @Test
    void wrongPasswordIsAnAuthError() throws IOException {
        connection.tlsEstablished("TLSv1.3");
        assertThat(send("USER alice", "PASS wrong")).endsWith("-ERR [AUTH] invalid user name or password\r\n");
        assertThat(send("STAT")).isEqualTo("-ERR STAT is not valid before login\r\n");
    }

    @Test
    void aThrottledLoginIsTemporaryAndStaysInAuthorization() throws IOException {
        connection.tlsEstablished("TLSv1.3");
        assertThat(send("USER locked", "PASS secret")).endsWith("-ERR [SYS/TEMP] cannot log in now, try later\r\n");
        assertThat(send("AUTH PLAIN AGFsaWNlAHNlY3JldA==")).startsWith("+OK maildrop has 2 messages");
    }

    @Test
    void storeFailuresAreTemporary() throws IOException {
        connection.tlsEstablished("TLSv1.3");
        store.failing = true;
        assertThat(send("USER alice", "PASS secret")).endsWith("-ERR [SYS/TEMP] cannot check credentials now, try later\r\n");
        store.failing = false;
        send("USER alice", "PASS secret");
        send("DELE 1");
        store.failing = true;
        assertThat(send("QUIT")).startsWith("-ERR [SYS/TEMP]");
    }

    @Test
    void saslPlainWithInitialResponseAndWithContinuation() throws IOException {
        connection.tlsEstablished("TLSv1.3");
        assertThat(send("AUTH")).isEqualTo("+OK supported mechanisms follow\r\nPLAIN\r\n.\r\n");
        assertThat(send("AUTH PLAIN")).isEqualTo("+ \r\n");
        assertThat(send("*")).isEqualTo("-ERR authentication cancelled\r\n");
        assertThat(send("AUTH PLAIN", "AGFsaWNlAHdyb25n")).endsWith("-ERR [AUTH] invalid user name or password\r\n");
        assertThat(send("AUTH PLAIN AGFsaWNlAHNlY3JldA==")).startsWith("+OK maildrop has 2 messages");
    }

    @Test
    void saslPlainRefusesAnotherAuthorizationIdentity() throws IOException {
        connection.tlsEstablished("TLSv1.3");
        // "bob\0alice\0secret"
        assertThat(send("AUTH PLAIN Ym9iAGFsaWNlAHNlY3JldA==")).isEqualTo("-ERR malformed SASL PLAIN response\r\n");
        assertThat(store.logins).isEmpty();
    }

    @Test
    void tooManyBadCommandsCloseTheConnection() throws IOException {
        assertThat(send("FOO", "BAR", "BAZ")).isEqualTo("-ERR unknown command\r\n".repeat(3));
        assertThat(send("X".repeat(300))).isEqualTo("-ERR line too long; too many errors, closing connection\r\n");
        assertThat(connection.isClosing()).isTrue();
        assertThat(send("CAPA")).isEmpty();
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() throws IOException {
        connection.tlsEstablished("TLSv1.3");
        assertThat(send("USER alice", "PASS secret", "STAT", "UIDL 2", "NOOP", "QUIT"))
                .isEqualTo("+OK send the password\r\n+OK maildrop has 2 messages (70 octets)\r\n+OK 2 70\r\n"
                        + "+OK 2 7.5\r\n+OK\r\n+OK pop.example.test POP3 server signing off (2 messages left)\r\n");
    }

    @Test
    void aCommandInTheWrongStateSaysSo() throws IOException {
        connection.tlsEstablished("TLSv1.3");
        assertThat(send("RETR 1", "uidl")).isEqualTo("-ERR RETR is not valid before login\r\n"
                + "-ERR UIDL is not valid before login\r\n");
        send("USER alice", "PASS secret");
        assertThat(send("USER bob", "STLS")).isEqualTo("-ERR USER is not valid after login\r\n"
                + "-ERR STLS is not valid after login; too many errors, closing connection\r\n");
    }

    @Test
    void badMessageNumbers() throws IOException {
        loggedIn();
        assertThat(send("RETR 0")).isEqualTo("-ERR invalid message number\r\n");
        assertThat(send("RETR x")).isEqualTo("-ERR invalid message number\r\n");
        assertThat(send("DELE 99")).startsWith("-ERR no such message");
    }

    @Test
    void quitInAuthorizationEndsTheSession() throws IOException {
        assertThat(send("QUIT")).isEqualTo("+OK pop.example.test POP3 server signing off\r\n");
        assertThat(connection.isClosing()).isTrue();
    }
}
