package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignupLocalPartTest {

    @Test
    void anOrdinaryNameIsTrimmedAndLowerCased() {
        assertThat(SignupLocalPart.check("  Li.Wei_2-x ")).isEqualTo("li.wei_2-x");
        assertThat(SignupLocalPart.check("a")).isEqualTo("a");
        assertThat(SignupLocalPart.check("x".repeat(64))).hasSize(64);
    }

    @ParameterizedTest
    @CsvSource({
        "'', localPartMissing",
        "'   ', localPartMissing",
        "a+b, localPartCharacters",
        "a b, localPartCharacters",
        "\"q\", localPartCharacters",
        "张三, localPartCharacters",
        "ü, localPartCharacters",
        ".abc, localPartEnds",
        "abc-, localPartEnds",
        "_abc, localPartEnds",
        "a..b, localPartDots",
        "Postmaster, localPartReserved",
        "abuse, localPartReserved",
        "mailer-daemon, localPartReserved",
        "owner-staff, localPartReserved",
        "staff-request, localPartReserved"
    })
    void whatAStrangerMayNotAskForIsRefusedWithItsReason(String typed, String reason) {
        assertThatThrownBy(() -> SignupLocalPart.check(typed)).isInstanceOfSatisfying(SignupRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 200})
    void overSixtyFourCharactersIsTooLong(int length) {
        assertThatThrownBy(() -> SignupLocalPart.check("x".repeat(length)))
                .isInstanceOfSatisfying(SignupRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("localPartLength"));
    }

    @Test
    void aMissingNameIsRefusedToo() {
        assertThatThrownBy(() -> SignupLocalPart.check(null)).isInstanceOf(SignupRefusedException.class);
    }
}
