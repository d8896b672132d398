package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.flutemail.domain.PersonalDecision;
import org.flutemail.pipeline.PersonalDisposition;
import org.junit.jupiter.api.Test;

/** The words message tracing shows for what a recipient's own settings did. */
class PersonalDeliveryStepTest {

    @Test
    void aBlockedSenderFiledIntoJunk() {
        PersonalDecision decision = new PersonalDecision("\\Junk", Set.of(), List.of(), true);
        assertThat(PersonalDelivery.describe(decision, new PersonalDisposition("Junk", Set.of())))
                .isEqualTo("sender on the block list; filed into Junk");
    }

    @Test
    void forwardedWithoutACopy() {
        PersonalDecision decision = new PersonalDecision(null, Set.of(), List.of("a@x.test", "b@y.test"), false);
        assertThat(PersonalDelivery.describe(decision, new PersonalDisposition(null, Set.of())))
                .isEqualTo("forwarded to a@x.test, b@y.test; no copy kept");
    }

    @Test
    void filedByARuleWithItsFlagsInAStableOrder() {
        PersonalDecision decision = new PersonalDecision("Invoices", Set.of("\\Seen", "\\Flagged"), List.of(), false);
        assertThat(PersonalDelivery.describe(decision, new PersonalDisposition("Invoices", Set.of("\\Seen", "\\Flagged"))))
                .isEqualTo("filed into Invoices as \\Flagged \\Seen");
    }
}
