package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailingListTest {

    private final MailDomain domain = new MailDomain("example.test", Instant.now());
    private final MailingList list = new MailingList(domain, EmailAddress.parse("team@example.test"), "Team", "s",
            Instant.now());

    @Test
    void theListIdAndTheBounceAddressDeriveFromTheAddress() {
        assertThat(list.listId()).isEqualTo("team.example.test");
        assertThat(list.bounceAddress()).isEqualTo("team-bounces@example.test");
    }

    @Test
    void anAddressOutsideTheDomainOrNamedLikeABounceAddressIsRefused() {
        assertThatThrownBy(() -> new MailingList(domain, EmailAddress.parse("x@other.test"), "X", "s", Instant.now()))
                .isInstanceOf(InvalidAddressException.class);
        assertThatThrownBy(() -> new MailingList(domain, EmailAddress.parse("x-bounces@example.test"), "X", "s",
                Instant.now())).isInstanceOf(InvalidAddressException.class).hasMessageContaining("-bounces");
    }

    @Test
    void aListIsNoMemberOfItselfAndMembersAreKeptOnce() {
        assertThatThrownBy(() -> list.addMember(EmailAddress.parse("Team@example.test")))
                .isInstanceOf(InvalidAddressException.class);
        assertThat(list.addMember(EmailAddress.parse("a@remote.test"))).isTrue();
        assertThat(list.addMember(EmailAddress.parse("A@remote.test"))).isFalse();
        assertThat(list.removeMember("a@remote.test")).isTrue();
        assertThat(list.removeMember("a@remote.test")).isFalse();
    }

    @Test
    void headerTextMustBeOneBoundedLine() {
        assertThatThrownBy(() -> list.setSubjectPrefix("[x]\r\nBcc: evil@remote.test"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> list.rename(" ")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> list.setSubjectPrefix("x".repeat(61))).isInstanceOf(InvalidRequestException.class);
        list.setSubjectPrefix(" [Team] ");
        assertThat(list.subjectPrefix()).isEqualTo("[Team]");
        assertThatThrownBy(() -> list.setPosting(null, false)).isInstanceOf(InvalidRequestException.class);
        list.setMembers(List.of());
        assertThat(list.members()).isEmpty();
    }
}
