package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisplayNameTest {

    @Test
    void aNameIsTrimmedAndABlankOneIsNone() {
        assertThat(DisplayName.of("  张三 (Sales)  ")).isEqualTo("张三 (Sales)");
        assertThat(DisplayName.of("   ")).isNull();
        assertThat(DisplayName.of(null)).isNull();
    }

    @Test
    void lineBreaksCannotReachTheFromHeader() {
        assertThatThrownBy(() -> DisplayName.of("Alice\r\nBcc: victim@example.org"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("line breaks");
        assertThatThrownBy(() -> DisplayName.of("Alice\u0000")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theLengthIsThatOfTheColumn() {
        assertThat(DisplayName.of("x".repeat(DisplayName.MAX_LENGTH))).hasSize(DisplayName.MAX_LENGTH);
        assertThatThrownBy(() -> DisplayName.of("x".repeat(DisplayName.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("200");
    }
}
