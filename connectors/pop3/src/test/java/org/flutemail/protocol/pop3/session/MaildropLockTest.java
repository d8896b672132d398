package org.flutemail.protocol.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import org.flutemail.protocol.pop3.Pop3Connection;
import org.junit.jupiter.api.Test;

/** One session at a time per maildrop (RFC 1939 section 4, RFC 2449 [IN-USE]), and a lock that is always given up. */
class MaildropLockTest {

    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final String LOGIN_OK = "+OK send the password\r\n+OK maildrop has 2 messages (16 octets)\r\n";
    private static final String IN_USE = "-ERR [IN-USE] the maildrop is in use by another session, try later\r\n";

    private final FakeMaildrop store = new FakeMaildrop().with(3, "A: 1\r\n\r\nx\r\n").with(5, "\r\ny\r\n");
    private final SettableClock clock = new SettableClock();

    private Pop3Connection tlsConnection() {
        Pop3Connection connection = new Pop3Connection(new Pop3Config("pop.example.test", 4, IDLE, 4096),
                Pop3Policy.implicit(), store, "192.0.2.1", clock);
        connection.tlsEstablished("TLSv1.3");
        return connection;
    }

    private Pop3Connection loggedIn() throws IOException {
        Pop3Connection connection = tlsConnection();
        assertThat(Wire.exchange(connection, "USER alice", "PASS secret")).isEqualTo(LOGIN_OK);
        return connection;
    }

    @Test
    void aSecondLoginIsInUseAndStaysInAuthorizationUntilTheFirstSessionQuits() throws IOException {
        Pop3Connection first = loggedIn();
        Pop3Connection second = tlsConnection();

        assertThat(Wire.exchange(second, "USER alice", "PASS secret")).isEqualTo("+OK send the password\r\n" + IN_USE);
        assertThat(Wire.exchange(second, "AUTH PLAIN AGFsaWNlAHNlY3JldA==")).isEqualTo(IN_USE);
        assertThat(Wire.exchange(second, "STAT")).startsWith("-ERR STAT is not valid before login");
        assertThat(Wire.exchange(first, "STAT")).isEqualTo("+OK 2 16\r\n");

        assertThat(Wire.exchange(first, "QUIT")).startsWith("+OK");
        assertThat(store.locks).isEmpty();
        assertThat(Wire.exchange(second, "USER alice", "PASS secret")).isEqualTo(LOGIN_OK);
    }

    @Test
    void theLockIsGivenUpOnTheIdleTimeoutAndWhenTheConnectionDrops() throws IOException {
        Pop3Connection idle = loggedIn();
        idle.idleTimeout(new ByteArrayOutputStream());
        assertThat(store.locks).isEmpty();

        Pop3Connection dropped = loggedIn();
        assertThat(store.locks).hasSize(1);
        dropped.close();
        assertThat(store.locks).isEmpty();

        tlsConnection().close();
        loggedIn();
        assertThat(store.locks).hasSize(1);
    }

    @Test
    void theLeaseOutlivesTheIdleTimeoutAndIsRenewedAtMostOnceAMinute() throws IOException {
        Pop3Connection connection = loggedIn();
        clock.advance(Duration.ofSeconds(59));
        assertThat(Wire.exchange(connection, "NOOP")).isEqualTo("+OK\r\n");
        assertThat(store.renewals).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        Wire.exchange(connection, "NOOP", "STAT");
        assertThat(store.renewals).containsExactly(IDLE.plusMinutes(2));

        clock.advance(IDLE);
        Wire.exchange(connection, "NOOP");
        assertThat(store.renewals).hasSize(2);
    }

    @Test
    void aSessionWhoseLockWasTakenOverEndsAndRemovesNothing() throws IOException {
        Pop3Connection connection = loggedIn();
        Wire.exchange(connection, "DELE 1");
        store.steal("alice@example.test");
        clock.advance(Duration.ofMinutes(2));

        assertThat(Wire.exchange(connection, "NOOP")).isEqualTo("-ERR [SYS/TEMP] the maildrop lock expired; log in again\r\n");
        assertThat(connection.isClosing()).isTrue();
        connection.close();
        assertThat(store.deletions).isEmpty();
        assertThat(store.locks).containsValue("stolen");
    }

    @Test
    void quitChecksTheLockBeforeItRemovesAnything() throws IOException {
        Pop3Connection connection = loggedIn();
        Wire.exchange(connection, "DELE 1");
        store.steal("alice@example.test");

        assertThat(Wire.exchange(connection, "QUIT")).startsWith("-ERR [SYS/TEMP] the maildrop lock expired");
        assertThat(store.deletions).isEmpty();
        assertThat(store.seen).isEmpty();
    }

    @Test
    void aStoreThatCannotRenewDoesNotEndTheSession() throws IOException {
        Pop3Connection connection = loggedIn();
        store.failing = true;
        clock.advance(Duration.ofMinutes(5));
        assertThat(Wire.exchange(connection, "NOOP")).isEqualTo("+OK\r\n");
    }

    @Test
    void retryingALockedMaildropCountsAsAnError() throws IOException {
        loggedIn();
        Pop3Connection second = tlsConnection();
        for (int i = 0; i < 3; i++) {
            assertThat(Wire.exchange(second, "AUTH PLAIN AGFsaWNlAHNlY3JldA==")).isEqualTo(IN_USE);
        }
        assertThat(Wire.exchange(second, "AUTH PLAIN AGFsaWNlAHNlY3JldA=="))
                .isEqualTo(IN_USE.replace("\r\n", "; too many errors, closing connection\r\n"));
        assertThat(second.isClosing()).isTrue();
    }
}
