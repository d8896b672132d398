package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void aThemeIsFoundByItsNameAndNoneIsTheStockLook() {
        assertThat(Theme.byId("Ocean")).isEqualTo(Theme.OCEAN);
        assertThat(Theme.byId(null)).isEqualTo(Theme.CLASSIC);
        assertThat(Theme.byId("")).isEqualTo(Theme.CLASSIC);
    }

    @Test
    void anUnknownThemeIsRefusedWithTheListOfThemes() {
        assertThatThrownBy(() -> Theme.byId("../../etc/passwd")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("classic").hasMessageContaining("graphite");
    }
}
