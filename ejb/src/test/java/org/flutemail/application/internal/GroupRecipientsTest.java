package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flutemail.domain.InvalidAddressException;
import org.junit.jupiter.api.Test;

class GroupRecipientsTest {

    private static final Map<String, List<String>> GROUPS = Map.of(
            "Sales", List.of("Ann <ann@example.test>", "\"Lee, Bob\" <bob@example.test>"),
            "销售部", List.of("张伟 <zhang@example.test>"),
            "Empty", List.of());

    private static String expand(String typed) {
        return GroupRecipients.expand(typed, name -> Optional.ofNullable(GROUPS.get(name)));
    }

    @Test
    void aGroupBecomesItsMembersAmongOtherAddresses() {
        String expanded = expand("carol@example.test, Sales:;; 销售部 : ; dave@example.test");

        assertThat(AddressLists.envelopeAddresses(expanded)).containsExactly("carol@example.test",
                "ann@example.test", "bob@example.test", "zhang@example.test", "dave@example.test");
    }

    @Test
    void aQuotedGroupNameAndAGroupWithoutMembersAreUnderstood() {
        assertThat(AddressLists.envelopeAddresses(expand("\"Sales\":;, Empty:;"))).containsExactly(
                "ann@example.test", "bob@example.test");
    }

    @Test
    void anUnknownGroupIsABadAddressNamedAsTyped() {
        assertThatThrownBy(() -> expand("ann@example.test, Nobody:;")).isInstanceOf(InvalidAddressException.class)
                .hasMessage("Nobody:;");
    }

    @Test
    void aListWithoutGroupsIsLeftAsItIsEvenWithAColonInAQuotedName() {
        String typed = "\"Lee: Ann\" <ann@example.test>, bob@example.test";

        assertThat(expand(typed)).isEqualTo(typed);
    }

    @Test
    void aDraftKeepsItsGroupsAsEmptyGroupsThatTheEnvelopeNeverSees() {
        List<InternetAddress> parsed = AddressLists.parse("ann@example.test, Sales:;");

        assertThat(parsed).extracting(InternetAddress::toUnicodeString).containsExactly("ann@example.test",
                "Sales:;");
        assertThat(parsed.get(1).isGroup()).isTrue();
        assertThat(AddressLists.envelopeAddresses("ann@example.test, Sales:;")).containsExactly("ann@example.test");
    }
}
