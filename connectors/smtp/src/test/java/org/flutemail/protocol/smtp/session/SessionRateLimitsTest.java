package org.flutemail.protocol.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.flutemail.protocol.smtp.FakeStore;
import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.codec.ContentFlaws;
import org.flutemail.protocol.smtp.rate.HourlySendingRates;
import org.flutemail.protocol.smtp.rate.RateLimits;
import org.flutemail.protocol.smtp.reply.Reply;
import org.junit.jupiter.api.Test;

/** The replies of a session whose sender reaches an hourly limit: 450 4.7.1 at MAIL or RCPT, counted after the 250. */
class SessionRateLimitsTest {

    private final FakeStore store = new FakeStore();
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    private final AtomicReference<RateLimits> limits = new AtomicReference<>(RateLimits.NONE);
    private final HourlySendingRates rates = new HourlySendingRates(limits::get, 100, now::get, (l, s, n) -> { });

    private SmtpSession session(String clientAddress) {
        return new SmtpSession(SmtpConfig.defaults("mx.flute.test"), ListenerPolicy.mx(false, true),
                SaslMechanisms.standard(new byte[32], 4096), store, rates, clientAddress, Clock.systemUTC());
    }

    private static String say(SmtpSession session, String line) {
        return session.command(line).replies().stream().map(Reply::toString).collect(Collectors.joining(" | "));
    }

    private static SmtpSession greeted(SmtpSession session) {
        say(session, "EHLO client.test");
        return session;
    }

    private static SmtpSession authenticated(SmtpSession session) {
        greeted(session);
        String plain = Base64.getEncoder().encodeToString(
                ("\0" + FakeStore.USER + "\0" + FakeStore.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(say(session, "AUTH PLAIN " + plain)).startsWith("235");
        return session;
    }

    private static String send(SmtpSession session, String... recipients) {
        String mail = say(session, "MAIL FROM:<alice@flute.test>");
        if (!mail.startsWith("250")) {
            return mail;
        }
        for (String recipient : recipients) {
            String rcpt = say(session, "RCPT TO:<" + recipient + ">");
            if (!rcpt.startsWith("250")) {
                say(session, "RSET");
                return rcpt;
            }
        }
        say(session, "DATA");
        byte[] body = "Subject: hi\r\n\r\nhello\r\n".getBytes(StandardCharsets.US_ASCII);
        session.content(body, 0, body.length);
        return session.endOfData(ContentFlaws.NONE).replies().get(0).toString();
    }

    @Test
    void theAccountsMessageAfterTheLimitIsRefusedAtMail() {
        limits.set(new RateLimits(2, 0, 0));
        SmtpSession session = authenticated(session("192.0.2.7"));
        assertThat(send(session, "bob@flute.test")).startsWith("250 2.0.0 Ok: queued");
        assertThat(send(session, "bob@flute.test")).startsWith("250 2.0.0 Ok: queued");
        assertThat(send(session, "bob@flute.test"))
                .isEqualTo("450 4.7.1 Error: too many messages from this account in the last hour, try later");
        assertThat(session.stats().errors()).as("a temporary refusal is no error").isZero();
        assertThat(send(greeted(session("192.0.2.7")), "bob@flute.test")).as("without AUTH the address counts, and it has no limit")
                .isEqualTo("250 2.0.0 Ok: queued as Q2");
        limits.set(new RateLimits(3, 0, 0));
        assertThat(send(session, "bob@flute.test")).as("a raised limit applies at once").startsWith("250 2.0.0");
    }

    @Test
    void refusedAndAbandonedMessagesAreNotCounted() {
        limits.set(new RateLimits(1, 0, 0));
        SmtpSession session = authenticated(session("192.0.2.7"));
        say(session, "MAIL FROM:<alice@flute.test>");
        say(session, "RCPT TO:<bob@flute.test>");
        say(session, "RSET");
        assertThat(send(session, "bob@flute.test")).startsWith("250 2.0.0 Ok: queued");
        assertThat(send(session, "bob@flute.test")).startsWith("450 4.7.1");
    }

    @Test
    void aClientAddressWithoutAuthIsRefusedAtMailAndOthersAreNot() {
        limits.set(new RateLimits(0, 1, 0));
        SmtpSession first = greeted(session("198.51.100.4"));
        assertThat(send(first, "bob@flute.test")).startsWith("250 2.0.0 Ok: queued");
        SmtpSession again = greeted(session("198.51.100.4"));
        assertThat(send(again, "bob@flute.test"))
                .isEqualTo("450 4.7.1 Error: too many messages from your address in the last hour, try later");
        SmtpSession other = greeted(session("198.51.100.5"));
        assertThat(send(other, "bob@flute.test")).startsWith("250 2.0.0 Ok: queued");
    }

    @Test
    void recipientsBeyondTheHourlyLimitAreRefusedAtRcpt() {
        limits.set(new RateLimits(0, 0, 3));
        SmtpSession session = authenticated(session("192.0.2.7"));
        assertThat(send(session, "a@flute.test", "b@flute.test")).startsWith("250 2.0.0 Ok: queued");
        say(session, "MAIL FROM:<alice@flute.test>");
        assertThat(say(session, "RCPT TO:<c@flute.test>")).isEqualTo("250 2.1.5 Ok");
        assertThat(say(session, "RCPT TO:<d@flute.test>"))
                .isEqualTo("450 4.7.1 Error: too many recipients from this account in the last hour, try later");
        assertThat(store.checked).as("the store is not asked about a refused recipient").doesNotContain("d@flute.test");
    }
}
