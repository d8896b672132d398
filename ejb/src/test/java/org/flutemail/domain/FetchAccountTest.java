package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FetchAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");

    private static FetchSettings settings(int intervalMinutes) {
        return new FetchSettings(FetchProtocol.POP3, "Pop.Outside.Test ", 995, FetchTlsMode.IMPLICIT, null, "bob",
                null, true, intervalMinutes, true);
    }

    @Test
    void theWaitDoublesWithEachFurtherFailureUpToTheCeiling() {
        Duration ten = Duration.ofMinutes(10);
        assertThat(FetchBackoff.delay(ten, 0)).isEqualTo(ten);
        assertThat(FetchBackoff.delay(ten, 1)).isEqualTo(ten);
        assertThat(FetchBackoff.delay(ten, 2)).isEqualTo(Duration.ofMinutes(20));
        assertThat(FetchBackoff.delay(ten, 4)).isEqualTo(Duration.ofMinutes(80));
        assertThat(FetchBackoff.delay(ten, 9)).isEqualTo(FetchBackoff.CEILING);
        assertThat(FetchBackoff.delay(ten, 1_000)).isEqualTo(FetchBackoff.CEILING);
    }

    @Test
    void failuresAreCountedAndBackOffAndASuccessResetsThem() {
        FetchAccount f = new FetchAccount(null, settings(10), "v1:x", T0);
        assertThat(f.nextRunAt()).isEqualTo(T0);

        f.failed(T0, 0, FetchErrorKind.UNREACHABLE, "Connection refused");
        assertThat(f.nextRunAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        Instant t1 = T0.plus(Duration.ofMinutes(10));
        f.failed(t1, 0, FetchErrorKind.UNREACHABLE, "Connection refused");
        assertThat(f.consecutiveFailures()).isEqualTo(2);
        assertThat(f.nextRunAt()).isEqualTo(t1.plus(Duration.ofMinutes(20)));
        assertThat(f.lastError()).isEqualTo("host unreachable: Connection refused");
        assertThat(f.lastErrorKind()).isEqualTo(FetchErrorKind.UNREACHABLE);
        assertThat(f.lastErrorAt()).isEqualTo(t1);
        assertThat(f.lastSuccessAt()).isNull();

        Instant t2 = t1.plus(Duration.ofMinutes(20));
        f.succeeded(t2, 3, false);
        assertThat(f.consecutiveFailures()).isZero();
        assertThat(f.lastSuccessAt()).isEqualTo(t2);
        assertThat(f.lastCollected()).isEqualTo(3);
        assertThat(f.nextRunAt()).isEqualTo(t2.plus(Duration.ofMinutes(10)));
        assertThat(f.lastErrorAt()).as("the last error stays visible with its time").isEqualTo(t1);
    }

    @Test
    void aRunThatLeftMessagesOnTheServerIsFollowedAtOnce() {
        FetchAccount f = new FetchAccount(null, settings(10), "v1:x", T0);
        f.succeeded(T0, 200, true);
        assertThat(f.nextRunAt()).isEqualTo(T0);
    }

    @Test
    void changingTheSettingsOfAFailingAccountMakesItDueAtOnce() {
        FetchAccount f = new FetchAccount(null, settings(60), "v1:x", T0);
        f.failed(T0, 0, FetchErrorKind.AUTHENTICATION, "[AUTH] Authentication failed.");
        Instant later = T0.plusSeconds(5);

        f.configure(settings(60), later);

        assertThat(f.nextRunAt()).isEqualTo(later);
    }

    @Test
    void aClaimHoldsUntilItIsOverOrGrowsStale() {
        FetchAccount f = new FetchAccount(null, settings(10), "v1:x", T0);
        assertThat(f.isRunning(T0)).isFalse();
        f.claim(T0);
        assertThat(f.isRunning(T0.plusSeconds(60))).isTrue();
        assertThat(f.isRunning(T0.plus(FetchAccount.CLAIM_LIFETIME))).isFalse();
        f.succeeded(T0.plusSeconds(61), 0, false);
        assertThat(f.isRunning(T0.plusSeconds(62))).isFalse();
    }

    @Test
    void settingsAreCheckedAndNormalized() {
        FetchSettings s = new FetchSettings(FetchProtocol.IMAP, " Mail.Outside.Test", 993, FetchTlsMode.IMPLICIT,
                "AB:" + "cd".repeat(31), "bob", " inbox ", false, 5, true);
        assertThat(s.host()).isEqualTo("mail.outside.test");
        assertThat(s.pinnedSha256()).isEqualTo("ab" + "cd".repeat(31));
        assertThat(s.targetFolder()).isEqualTo("INBOX");
        assertThat(settings(10).targetFolder()).isEqualTo("INBOX");

        assertThatThrownBy(() -> new FetchSettings(FetchProtocol.IMAP, "bad host", 993, FetchTlsMode.IMPLICIT, null,
                "bob", null, true, 5, true)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> new FetchSettings(FetchProtocol.IMAP, "h.test", 0, FetchTlsMode.IMPLICIT, null,
                "bob", null, true, 5, true)).hasMessageContaining("port");
        assertThatThrownBy(() -> new FetchSettings(FetchProtocol.IMAP, "h.test", 993, FetchTlsMode.IMPLICIT, "abc",
                "bob", null, true, 5, true)).hasMessageContaining("certificateSha256");
        assertThatThrownBy(() -> new FetchSettings(FetchProtocol.IMAP, "h.test", 993, FetchTlsMode.IMPLICIT, null,
                "bob", null, true, 0, true)).hasMessageContaining("intervalMinutes");
        assertThatThrownBy(() -> new FetchSettings(FetchProtocol.IMAP, "h.test", 993, FetchTlsMode.IMPLICIT, null,
                "bob", "a\r\nb", true, 5, true)).hasMessageContaining("targetFolder");
        assertThatThrownBy(() -> new FetchSettings(FetchProtocol.IMAP, "h.test", 993, FetchTlsMode.IMPLICIT, null,
                "", null, true, 5, true)).hasMessageContaining("user");
    }
}
