package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.flutemail.application.ReadingViews.MessageOrder;
import org.junit.jupiter.api.Test;

class SmallFormatsTest {

    @Test
    void sizesAreWrittenInBinaryUnits() {
        assertThat(ByteSizes.format(812, Locale.ENGLISH)).isEqualTo("812 B");
        assertThat(ByteSizes.format(1536, Locale.ENGLISH)).isEqualTo("1.5 KB");
        assertThat(ByteSizes.format(14 * 1024 + 100, Locale.ENGLISH)).isEqualTo("14 KB");
        assertThat(ByteSizes.format(3_355_443, Locale.GERMAN)).isEqualTo("3,2 MB");
    }

    @Test
    void theSessionTimeoutFallsBackToThirtyMinutes() {
        assertThat(SessionTimeout.minutes("45")).isEqualTo(45);
        assertThat(SessionTimeout.minutes(null)).isEqualTo(30);
        assertThat(SessionTimeout.minutes("0")).isEqualTo(30);
        assertThat(SessionTimeout.minutes("-5")).isEqualTo(30);
        assertThat(SessionTimeout.minutes("soon")).isEqualTo(30);
    }

    @Test
    void tableColumnsMapToTheDatabaseOrder() {
        assertThat(MessageRowModel.order("from")).isEqualTo(MessageOrder.SENDER);
        assertThat(MessageRowModel.order("subject")).isEqualTo(MessageOrder.SUBJECT);
        assertThat(MessageRowModel.order("size")).isEqualTo(MessageOrder.SIZE);
        assertThat(MessageRowModel.order("date")).isEqualTo(MessageOrder.DATE);
        assertThat(MessageRowModel.order(null)).isEqualTo(MessageOrder.DATE);
    }
}
