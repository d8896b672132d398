package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HexColourTest {

    @Test
    void acceptsSixHexDigitsInAnyCaseAndKeepsThemLowerCase() {
        assertThat(HexColour.parseOptional(" #1D4E89 ").value()).isEqualTo("#1d4e89");
        assertThat(HexColour.parseOptional("#00ff7f")).isEqualTo(new HexColour("#00ff7f"));
    }

    @Test
    void noColourIsNull() {
        assertThat(HexColour.parseOptional(null)).isNull();
        assertThat(HexColour.parseOptional("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#fff", "1d4e89", "#1d4e8", "#1d4e899", "#1d4e8g", "rgb(1,2,3)",
            "#000000;}body{display:none", "#000000</style>", "#ｆｆｆｆｆｆ", "#12345\u0661"})
    void refusesEverythingElse(String text) {
        assertThatThrownBy(() -> HexColour.parseOptional(text)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("#rrggbb");
    }

    @Test
    void darkTextGoesOnLightColoursOnly() {
        assertThat(new HexColour("#ffffff").wantsDarkText()).isTrue();
        assertThat(new HexColour("#ffd166").wantsDarkText()).isTrue();
        assertThat(new HexColour("#1d4e89").wantsDarkText()).isFalse();
        assertThat(new HexColour("#000000").wantsDarkText()).isFalse();
    }
}
