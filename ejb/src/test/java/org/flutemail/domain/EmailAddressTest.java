package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void addressesAreFoldedToLowerCase() {
        EmailAddress a = EmailAddress.parse("  Alice.Smith@Example.TEST ");
        assertThat(a.toString()).isEqualTo("alice.smith@example.test");
        assertThat(a.localPart()).isEqualTo("alice.smith");
        assertThat(a.domain()).isEqualTo("example.test");
        assertThat(a).isEqualTo(EmailAddress.parse("alice.smith@example.test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice", "@example.test", "alice@", "alice@example.test.", "a b@example.test",
        "alice@exa_mple.test", "alice@-example.test", "<alice>@example.test", "alice@example..test"})
    void malformedAddressesAreRefused(String text) {
        assertThatThrownBy(() -> EmailAddress.parse(text)).isInstanceOf(InvalidAddressException.class);
    }

    @Test
    void overlongLocalPartsAreRefused() {
        assertThatThrownBy(() -> EmailAddress.parse("x".repeat(65) + "@example.test"))
                .isInstanceOf(InvalidAddressException.class).hasMessageContaining("64");
    }
}
