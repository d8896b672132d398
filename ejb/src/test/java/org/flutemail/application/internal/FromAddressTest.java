package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.flutemail.domain.EmailAddress;
import org.junit.jupiter.api.Test;

class FromAddressTest {

    @Test
    void aNamedAddressGivesItsAddressInLowerCase() {
        assertThat(FromAddress.of("Shop News <News@Shop.TEST>")).contains(EmailAddress.parse("news@shop.test"));
        assertThat(FromAddress.of("\"Doe, Jane\" <jane@example.test>")).contains(EmailAddress.parse("jane@example.test"));
        assertThat(FromAddress.of("plain@example.test")).contains(EmailAddress.parse("plain@example.test"));
        assertThat(FromAddress.of("张三 <zhang@example.test>")).contains(EmailAddress.parse("zhang@example.test"));
    }

    @Test
    void encodedWordsInTheNameAreNotReadAsTheAddress() {
        assertThat(FromAddress.of("=?GB2312?B?1cXI/Q==?= <zhang@example.cn>"))
                .contains(EmailAddress.parse("zhang@example.cn"));
        // Decodes to "boss@corp.test (" — decoded first, the real address would become a comment.
        assertThat(FromAddress.of("=?utf-8?q?boss@corp.test_=28?= <x@evil.test>"))
                .contains(EmailAddress.parse("x@evil.test"));
    }

    @Test
    void aFieldThatDoesNotNameExactlyOneAddressNamesNobody() {
        assertThat(FromAddress.of(null)).isEmpty();
        assertThat(FromAddress.of("  ")).isEmpty();
        assertThat(FromAddress.of("not an address")).isEmpty();
        assertThat(FromAddress.of("a@example.test, b@example.test")).isEmpty();
        assertThat(FromAddress.of("Team: a@example.test;")).isEmpty();
        assertThat(FromAddress.of("Broken <a@example.test")).isEmpty();
        assertThat(FromAddress.of("<@example.test>")).isEmpty();
        assertThat(FromAddress.of("<boss@corp.test> <x@evil.test>")).isEmpty();
    }
}
