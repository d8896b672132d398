package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailDomainDeletionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-07T12:00:00Z");

    private final MailDomain domain = new MailDomain("example.test", NOW);

    @Test
    void aDeletedDomainIsNoLongerActiveAndIsDueOnlyWhenItsGracePeriodIsOver() {
        domain.scheduleDeletion(DUE);

        assertThat(domain.state()).isEqualTo(DomainState.PENDING_DELETION);
        assertThat(domain.isActive()).isFalse();
        assertThat(domain.deletionDueAt()).isEqualTo(DUE);
        assertThat(domain.isDueForRemoval(DUE.minusSeconds(1))).isFalse();
        assertThat(domain.isDueForRemoval(DUE)).isTrue();
    }

    @Test
    void deletingAgainNeverPostponesTheRemoval() {
        domain.scheduleDeletion(DUE);
        domain.scheduleDeletion(DUE.plusSeconds(86_400));

        assertThat(domain.deletionDueAt()).isEqualTo(DUE);
    }

    @Test
    void restoringMakesItActiveAndForgetsTheDate() {
        domain.suspend();
        domain.scheduleDeletion(DUE);
        domain.restore();

        assertThat(domain.isActive()).isTrue();
        assertThat(domain.deletionDueAt()).isNull();
        assertThat(domain.isDueForRemoval(DUE)).isFalse();
    }

    @Test
    void onlyAPendingDeletionCanBeRestored() {
        assertThatThrownBy(domain::restore).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not pending deletion");
    }

    @Test
    void aDomainPendingDeletionCannotBeSuspendedOrActivatedAroundTheRestore() {
        domain.scheduleDeletion(DUE);

        assertThatThrownBy(domain::activate).isInstanceOf(ConflictException.class).hasMessageContaining("restore it");
        assertThatThrownBy(domain::suspend).isInstanceOf(ConflictException.class).hasMessageContaining("restore it");
        assertThat(domain.state()).isEqualTo(DomainState.PENDING_DELETION);
    }

    @Test
    void aDomainPendingDeletionTakesNoNewAccountsUntilRestored() {
        domain.checkOpenForNewAccounts();
        domain.scheduleDeletion(DUE);

        assertThatThrownBy(domain::checkOpenForNewAccounts).isInstanceOf(ConflictException.class)
                .hasMessageContaining("pending deletion");
        domain.restore();
        domain.checkOpenForNewAccounts();
    }

    @Test
    void anActiveOrSuspendedDomainIsNeverDueForRemoval() {
        assertThat(domain.isDueForRemoval(DUE)).isFalse();
        domain.suspend();
        assertThat(domain.isDueForRemoval(DUE)).isFalse();
    }
}
