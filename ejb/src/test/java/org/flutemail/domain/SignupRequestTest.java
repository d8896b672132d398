package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignupRequestTest {

    private static final Instant ASKED = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant DECIDED = ASKED.plusSeconds(3600);

    private final SignupRequest request = new SignupRequest(new MailDomain("example.test", ASKED),
            EmailAddress.parse("ann@example.test"), "Ann", null, "en", new SaltedPassword("h", "s", 1), "192.0.2.7",
            ASKED);

    @Test
    void aNewRequestWaits() {
        assertThat(request.state()).isEqualTo(SignupState.PENDING);
        assertThat(request.decidedAt()).isNull();
        assertThat(request.clientAddress()).isEqualTo("192.0.2.7");
    }

    @Test
    void anApprovalRecordsWhoAndWhen() {
        request.approve("da-1", DECIDED);
        assertThat(request.state()).isEqualTo(SignupState.APPROVED);
        assertThat(request.decidedBy()).isEqualTo("da-1");
        assertThat(request.decidedAt()).isEqualTo(DECIDED);
        assertThat(request.reason()).isNull();
    }

    @Test
    void aRefusalKeepsItsReasonTrimmedAndBounded() {
        request.refuse("admin", DECIDED, "  " + "r".repeat(SignupRequest.MAX_REASON + 10) + " ");
        assertThat(request.state()).isEqualTo(SignupState.REFUSED);
        assertThat(request.reason()).hasSize(SignupRequest.MAX_REASON);
        SignupRequest other = new SignupRequest(new MailDomain("example.test", ASKED),
                EmailAddress.parse("bob@example.test"), "Bob", null, "en", new SaltedPassword("h", "s", 1), "::1",
                ASKED);
        other.refuse("admin", DECIDED, "   ");
        assertThat(other.reason()).isNull();
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        request.refuse("admin", DECIDED, "no");
        assertThatThrownBy(() -> request.approve("admin", DECIDED)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already refused");
        assertThatThrownBy(() -> request.refuse("admin", DECIDED, "again")).isInstanceOf(ConflictException.class);
    }
}
