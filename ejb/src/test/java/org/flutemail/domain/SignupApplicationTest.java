package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignupApplicationTest {

    private static final String PASSWORD = "long-enough-1";

    @Test
    void aCompleteRequestIsNormalised() {
        SignupApplication a = SignupApplication.check("Example.TEST", " Li.Wei ", "  李伟 ", " Li@Elsewhere.org ",
                PASSWORD, "zh-CN");
        assertThat(a.address().toString()).isEqualTo("li.wei@example.test");
        assertThat(a.displayName()).isEqualTo("李伟");
        assertThat(a.contactAddress()).isEqualTo("li@elsewhere.org");
        assertThat(a.language()).isEqualTo(SignupApplication.CHINESE);
    }

    @Test
    void theContactAddressIsOptionalAndTheLanguageFallsBackToEnglish() {
        SignupApplication a = SignupApplication.check("example.test", "ann", "Ann", "  ", PASSWORD, "fr");
        assertThat(a.contactAddress()).isNull();
        assertThat(a.language()).isEqualTo(SignupApplication.ENGLISH);
        assertThat(SignupApplication.check("example.test", "ann", "Ann", null, PASSWORD, null).language())
                .isEqualTo(SignupApplication.ENGLISH);
    }

    @Test
    void eachFaultNamesItsField() {
        assertReason(() -> SignupApplication.check(" ", "ann", "Ann", null, PASSWORD, "en"), "domainMissing");
        assertReason(() -> SignupApplication.check("bad domain", "ann", "Ann", null, PASSWORD, "en"), "domainInvalid");
        assertReason(() -> SignupApplication.check("example.test", "a+b", "Ann", null, PASSWORD, "en"),
                "localPartCharacters");
        assertReason(() -> SignupApplication.check("example.test", "ann", "  ", null, PASSWORD, "en"), "nameMissing");
        assertReason(() -> SignupApplication.check("example.test", "ann", "Ann\r\nBcc: x@y.z", null, PASSWORD, "en"),
                "nameInvalid");
        assertReason(() -> SignupApplication.check("example.test", "ann", "Ann", "not an address", PASSWORD, "en"),
                "contactInvalid");
        assertReason(() -> SignupApplication.check("example.test", "ann", "Ann", "ANN@example.test", PASSWORD, "en"),
                "contactSame");
        assertReason(() -> SignupApplication.check("example.test", "ann", "Ann", null, "short", "en"), "passwordWeak");
        assertReason(() -> SignupApplication.check("example.test", "ann", "Ann", null, "x".repeat(201), "en"),
                "passwordWeak");
    }

    private static void assertReason(Runnable attempt, String reason) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(SignupRefusedException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.kind()).isEqualTo(SignupRefusedException.Kind.INVALID);
                });
    }
}
