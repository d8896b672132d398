package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginHostNamesTest {

    @Test
    void aWebmailHostStandsForItselfThenForItsDomain() {
        assertThat(LoginHostNames.candidates("mail.example.test")).containsExactly("mail.example.test", "example.test");
        assertThat(LoginHostNames.candidates("WebMail.Example.TEST:8443"))
                .containsExactly("webmail.example.test", "example.test");
        assertThat(LoginHostNames.candidates("www.example.test.")).containsExactly("www.example.test", "example.test");
    }

    @Test
    void aBareDomainOrAnotherHostStandsForItselfOnly() {
        assertThat(LoginHostNames.candidates("example.test")).containsExactly("example.test");
        assertThat(LoginHostNames.candidates("portal.example.test")).containsExactly("portal.example.test");
        assertThat(LoginHostNames.candidates("mail.test")).containsExactly("mail.test");
    }

    @Test
    void addressesAndSingleLabelsAndJunkStandForNoDomain() {
        assertThat(LoginHostNames.candidates("127.0.0.1:8080")).isEmpty();
        assertThat(LoginHostNames.candidates("[::1]:8080")).isEmpty();
        assertThat(LoginHostNames.candidates("localhost")).isEmpty();
        assertThat(LoginHostNames.candidates("")).isEmpty();
        assertThat(LoginHostNames.candidates(null)).isEmpty();
        assertThat(LoginHostNames.candidates("ex ample.test")).isEmpty();
    }
}
