package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ClassOfServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private final MailDomain domain = new MailDomain("cos.test", T0);
    private final Account account = new Account(domain, EmailAddress.parse("ann@cos.test"), "Ann",
            Passwords.hash("Ann-Pass-123"), T0);

    private static ClassOfService webmailOnly(String name) {
        ClassOfService c = new ClassOfService(name, T0);
        c.grant(EnumSet.of(Access.WEBMAIL));
        return c;
    }

    @Test
    void aNewClassGrantsEverythingUntilToldOtherwise() {
        ClassOfService c = new ClassOfService(" Standard ", T0);
        assertThat(c.name()).isEqualTo("standard");
        assertThat(c.access()).containsExactlyInAnyOrder(Access.values());

        c.grant(EnumSet.of(Access.IMAP, Access.SMTP));
        assertThat(c.allows(Access.IMAP)).isTrue();
        assertThat(c.allows(Access.POP3)).isFalse();
        assertThat(c.access()).containsExactly(Access.IMAP, Access.SMTP);
    }

    @Test
    void anAccountWithoutAnyClassMayUseEverything() {
        for (Access a : Access.values()) {
            assertThat(account.mayUse(a)).as("%s", a).isTrue();
        }
        assertThat(account.classOfService()).isEmpty();
    }

    @Test
    void theDomainDefaultAppliesUntilTheAccountHasAClassOfItsOwn() {
        domain.defaultTo(webmailOnly("kiosk"));
        assertThat(account.mayUse(Access.IMAP)).isFalse();
        assertThat(account.mayUse(Access.WEBMAIL)).isTrue();

        account.assign(new ClassOfService("full", T0));
        assertThat(account.mayUse(Access.IMAP)).isTrue();
        assertThat(account.classOfService().map(ClassOfService::name)).contains("full");

        account.assign(null);
        assertThat(account.mayUse(Access.IMAP)).isFalse();
    }

    @Test
    void theAccountsOwnQuotaWinsOverItsClasses() {
        ClassOfService small = webmailOnly("small");
        small.limit(1_000L, 500L);
        account.assign(small);
        assertThat(account.effectiveQuotaBytes()).isEqualTo(1_000L);

        account.limitTo(5_000L);
        assertThat(account.effectiveQuotaBytes()).isEqualTo(5_000L);
    }

    @Test
    void badNamesAndLimitsAreRefused() {
        assertThatThrownBy(() -> new ClassOfService("", T0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new ClassOfService("has space", T0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new ClassOfService("x".repeat(65), T0)).isInstanceOf(InvalidRequestException.class);
        ClassOfService c = new ClassOfService("ok", T0);
        assertThatThrownBy(() -> c.limit(-1L, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> c.limit(null, 0L)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> domain.limit(null, -1, null)).isInstanceOf(InvalidRequestException.class);
    }
}
