package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a POP3 maildrop lock may be taken over: only when its session cannot be alive any more. */
class MaildropLockLeaseTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(12);

    private final MaildropLock lock = new MaildropLock(account(),
            new MaildropLock.Holder("s1", "node-a", "start-1"), T0, LEASE);

    @Test
    void aLiveLeaseIsNotAbandonedForASessionOnTheSameOrAnotherNode() {
        Instant later = T0.plus(LEASE).minusSeconds(1);
        assertThat(lock.isAbandoned(new MaildropLock.Holder("s2", "node-a", "start-1"), later)).isFalse();
        assertThat(lock.isAbandoned(new MaildropLock.Holder("s2", "node-b", "start-9"), later)).isFalse();
        assertThatThrownBy(() -> lock.takeOver(new MaildropLock.Holder("s2", "node-b", "start-9"), later, LEASE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(lock.holder()).isEqualTo("s1");
    }

    @Test
    void anExpiredLeaseIsAbandonedForAnyone() {
        Instant expiry = T0.plus(LEASE);
        MaildropLock.Holder other = new MaildropLock.Holder("s2", "node-b", "start-9");
        assertThat(lock.isAbandoned(other, expiry)).isTrue();
        lock.takeOver(other, expiry, LEASE);
        assertThat(lock.holder()).isEqualTo("s2");
        assertThat(lock.expiresAt()).isEqualTo(expiry.plus(LEASE));
    }

    @Test
    void aLockOfAnEarlierStartOfThisNodeIsAbandonedAtOnce() {
        MaildropLock.Holder restarted = new MaildropLock.Holder("s2", "node-a", "start-2");
        assertThat(lock.isAbandoned(restarted, T0.plusSeconds(1))).isTrue();
        lock.takeOver(restarted, T0.plusSeconds(1), LEASE);
        assertThat(lock.holder()).isEqualTo("s2");
    }

    private static Account account() {
        MailDomain domain = new MailDomain("example.test", T0);
        return new Account(domain, EmailAddress.parse("alice@example.test"), "Alice",
                new SaltedPassword("aGFzaA==", "c2FsdA==", 4096), T0);
    }
}
