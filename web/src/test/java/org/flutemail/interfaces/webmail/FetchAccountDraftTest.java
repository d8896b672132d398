package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.flutemail.application.FetchAccountService.FetchAccountChange;
import org.flutemail.application.FetchAccountService.FetchAccountView;
import org.junit.jupiter.api.Test;

class FetchAccountDraftTest {

    private static final Instant EARLY = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant LATE = Instant.parse("2026-11-30T11:00:00Z");

    private static FetchAccountView view(Instant lastSuccess, Instant lastError) {
        return new FetchAccountView(7, "IMAP", "mail.remote.example", 993, "IMPLICIT", "ab".repeat(32), "old-user",
                "Outside", false, 30, false, EARLY, false, lastSuccess, lastSuccess, 3, lastError, "AUTHENTICATION",
                "authentication failed: wrong password", 1, LATE);
    }

    @Test
    void aNewAccountLeavesEmptyFieldsToTheServiceDefaultsAndTrimsWhatWasTyped() {
        FetchAccountDraft d = new FetchAccountDraft();
        d.setHost("  pop.remote.example ");
        d.setUser(" someone ");
        d.setPassword(" secret with spaces ");
        d.setTargetFolder("   ");
        d.setCertificateSha256("");

        FetchAccountChange c = d.toChange();

        assertThat(c.protocol()).isEqualTo("POP3");
        assertThat(c.host()).isEqualTo("pop.remote.example");
        assertThat(c.user()).isEqualTo("someone");
        assertThat(c.password()).as("a password is taken as typed").isEqualTo(" secret with spaces ");
        assertThat(c.port()).isNull();
        assertThat(c.targetFolder()).isNull();
        assertThat(c.certificateSha256()).isNull();
        assertThat(c.tls()).isEqualTo("STARTTLS");
        assertThat(c.leaveCopy()).isTrue();
        assertThat(c.enabled()).isTrue();
        assertThat(c.intervalMinutes()).isEqualTo(10);
    }

    @Test
    void editingShowsTheSettingsButNeverThePasswordAndAnEmptyPasswordKeepsIt() {
        FetchAccountDraft d = FetchAccountDraft.of(view(EARLY, null));

        assertThat(d.getId()).isEqualTo(7L);
        assertThat(d.getHost()).isEqualTo("mail.remote.example");
        assertThat(d.getPort()).isEqualTo(993);
        assertThat(d.isLeaveCopy()).isFalse();
        assertThat(d.getPassword()).isNull();
        assertThat(d.toChange().password()).isNull();

        d.setPassword("new-secret");
        assertThat(d.getPassword()).as("not sent back even after typing").isNull();
        assertThat(d.toChange().password()).isEqualTo("new-secret");
    }

    @Test
    void clearingTheFingerprintOfAnExistingAccountRemovesThePin() {
        FetchAccountDraft d = FetchAccountDraft.of(view(EARLY, null));
        assertThat(d.toChange().certificateSha256()).isEqualTo("ab".repeat(32));

        d.setCertificateSha256(" ");

        assertThat(d.toChange().certificateSha256()).isEmpty();
    }

    @Test
    void theLastResultIsTheNewerOfSuccessAndError() {
        assertThat(FetchResult.of(view(null, null))).isEqualTo(new FetchResult("fetch.result.never", null, null));
        assertThat(FetchResult.of(view(EARLY, null))).isEqualTo(new FetchResult("fetch.result.ok", EARLY, 3));
        assertThat(FetchResult.of(view(EARLY, LATE))).isEqualTo(
                new FetchResult("fetch.result.failed", LATE, "authentication failed: wrong password"));
        assertThat(FetchResult.of(view(LATE, EARLY))).as("a success after the error ends it")
                .isEqualTo(new FetchResult("fetch.result.ok", LATE, 3));
        assertThat(FetchResult.of(view(null, EARLY)).key()).isEqualTo("fetch.result.failed");
    }
}
