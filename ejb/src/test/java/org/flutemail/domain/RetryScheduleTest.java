package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void delaysGrowAndThenStayAtTheLastStep() {
        RetrySchedule schedule = new RetrySchedule(1);
        assertThat(schedule.after(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.after(2)).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.after(3)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.after(4)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.after(6)).isEqualTo(Duration.ofHours(4));
        assertThat(schedule.after(60)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aScaleShrinksEveryDelayForTests() {
        assertThat(new RetrySchedule(0.001).after(1)).isEqualTo(Duration.ofMillis(300));
    }
}
