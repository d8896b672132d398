package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoginTextTest {

    @Test
    void keepsLinesAndAnyLanguageAndTakesOffOuterBlanks() {
        assertThat(LoginText.normalize("  Welcome to Example\r\n欢迎使用 <b>邮件</b> 👩‍💻\r ")).isEqualTo(
                "Welcome to Example\n欢迎使用 <b>邮件</b> 👩‍💻");
    }

    @Test
    void blankIsNone() {
        assertThat(LoginText.normalize(null)).isNull();
        assertThat(LoginText.normalize(" \n ")).isNull();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(LoginText.normalize("😀".repeat(LoginText.MAX_CHARACTERS))).hasSize(2 * LoginText.MAX_CHARACTERS);
        assertThatThrownBy(() -> LoginText.normalize("字".repeat(LoginText.MAX_CHARACTERS + 1)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("500");
    }

    @Test
    void refusesControlAndDirectionOverrideCharacters() {
        assertThatThrownBy(() -> LoginText.normalize("bell\u0007")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> LoginText.normalize("gpj.\u202eexe")).isInstanceOf(InvalidRequestException.class);
    }
}
