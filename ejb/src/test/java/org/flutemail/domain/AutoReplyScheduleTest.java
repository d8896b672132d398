package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When an automatic reply is on, and when a sender may be answered again. */
class AutoReplyScheduleTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");

    @Test
    void theReplyIsOnFromTheFirstToTheLastDayInclusive() {
        MailSettings.AutoReply reply = new MailSettings.AutoReply(true, MONDAY, MONDAY.plusDays(4), "Away", "Back soon",
                7);
        assertThat(reply.activeOn(MONDAY.minusDays(1))).isFalse();
        assertThat(reply.activeOn(MONDAY)).isTrue();
        assertThat(reply.activeOn(MONDAY.plusDays(4))).isTrue();
        assertThat(reply.activeOn(MONDAY.plusDays(5))).isFalse();
        assertThat(new MailSettings.AutoReply(true, null, null, "Away", "x", 7).activeOn(MONDAY)).isTrue();
        assertThat(new MailSettings.AutoReply(false, null, null, "Away", "x", 7).activeOn(MONDAY)).isFalse();
    }

    @Test
    void aSenderIsAnsweredAgainOnlyAfterTheInterval() {
        Instant first = Instant.parse("2026-11-30T09:00:00Z");
        AutoReplySent sent = new AutoReplySent(1, "bob@remote.test", first);
        assertThat(sent.dueAgain(first.plusSeconds(6 * 86_400 + 86_399), 7)).isFalse();
        assertThat(sent.dueAgain(first.plusSeconds(7 * 86_400), 7)).isTrue();
        assertThat(sent.dueAgain(first.plusSeconds(86_400), 1)).isTrue();
    }

    @Test
    void anEnabledReplyNeedsTextAndDatesInOrder() {
        MailSettings settings = new MailSettings(null);
        assertThatThrownBy(() -> settings.changeAutoReply(new MailSettings.AutoReply(true, null, null, " ", "x", 7)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> settings.changeAutoReply(new MailSettings.AutoReply(true, MONDAY, MONDAY.minusDays(1),
                "Away", "x", 7))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> settings.changeAutoReply(new MailSettings.AutoReply(false, null, null, null, null, 0)))
                .isInstanceOf(InvalidRequestException.class);
    }
}
