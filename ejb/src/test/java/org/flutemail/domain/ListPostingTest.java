package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.domain.ListPosting.Verdict.DISTRIBUTE;
import static org.flutemail.domain.ListPosting.Verdict.HOLD;
import static org.flutemail.domain.ListPosting.Verdict.LOOP;
import static org.flutemail.domain.ListPosting.Verdict.REFUSE;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListPostingTest {

    private final MailingList list = new MailingList(new MailDomain("example.test", Instant.now()),
            EmailAddress.parse("team@example.test"), "Team", "secret", Instant.now());

    ListPostingTest() {
        list.setMembers(List.of(EmailAddress.parse("member@example.test"), EmailAddress.parse("out@remote.test")));
        list.setModerators(List.of(EmailAddress.parse("boss@example.test")));
    }

    private static IncomingMail mail(String envelopeSender, String from, String... headers) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            fields.computeIfAbsent(headers[i].toLowerCase(), k -> new java.util.ArrayList<>()).add(headers[i + 1]);
        }
        return new IncomingMail(envelopeSender, "team@example.test", from == null ? List.of() : List.of(from),
                List.of(), fields, 100);
    }

    @Test
    void membersAndModeratorsPostToAMembersOnlyListOthersAreHeld() {
        assertThat(ListPosting.decide(list, mail("member@example.test", "member@example.test"))).isEqualTo(DISTRIBUTE);
        assertThat(ListPosting.decide(list, mail("boss@example.test", "boss@example.test"))).isEqualTo(DISTRIBUTE);
        assertThat(ListPosting.decide(list, mail("stranger@remote.test", "stranger@remote.test"))).isEqualTo(HOLD);
    }

    @Test
    void theFromAddressOrTheEnvelopeSenderMayBeTheMembers() {
        assertThat(ListPosting.decide(list, mail("bounce-123@forwarder.test", "out@remote.test"))).isEqualTo(DISTRIBUTE);
        assertThat(ListPosting.decide(list, mail("OUT@remote.test", "someone@else.test"))).isEqualTo(DISTRIBUTE);
    }

    @Test
    void aListThatIsAMemberPostsWithItsBounceAddress() {
        list.addMember(EmailAddress.parse("other@example.test"));
        assertThat(ListPosting.decide(list, mail("other-bounces@example.test", "poster@remote.test")))
                .isEqualTo(DISTRIBUTE);
    }

    @Test
    void moderatorsOnlyListsHoldMembersAndAnyoneListsTakeEverybody() {
        list.setPosting(PostingPolicy.MODERATORS, false);
        assertThat(ListPosting.decide(list, mail("member@example.test", "member@example.test"))).isEqualTo(HOLD);
        assertThat(ListPosting.decide(list, mail("boss@example.test", null))).isEqualTo(DISTRIBUTE);
        list.setPosting(PostingPolicy.ANYONE, false);
        assertThat(ListPosting.decide(list, mail("stranger@remote.test", "stranger@remote.test"))).isEqualTo(DISTRIBUTE);
    }

    @Test
    void aListSetToRefuseRefusesInsteadOfHolding() {
        list.setPosting(PostingPolicy.MEMBERS, true);
        assertThat(ListPosting.decide(list, mail("stranger@remote.test", "stranger@remote.test"))).isEqualTo(REFUSE);
    }

    @Test
    void theNullSenderIsNeverDistributedEvenOnAnOpenList() {
        list.setPosting(PostingPolicy.ANYONE, false);
        assertThat(ListPosting.decide(list, mail("", "member@example.test"))).isEqualTo(REFUSE);
    }

    @Test
    void aCopyThatWentThroughThisListAlreadyIsALoopWhoeverSentIt() {
        assertThat(ListPosting.decide(list, mail("member@example.test", "member@example.test",
                "X-Loop", "other@example.test", "X-Loop", " Team@Example.test "))).isEqualTo(LOOP);
        assertThat(ListPosting.decide(list, mail("member@example.test", "member@example.test",
                "List-Id", "Team <team.example.test>"))).isEqualTo(LOOP);
        assertThat(ListPosting.decide(list, mail("member@example.test", "member@example.test",
                "List-Id", "Other <other.example.test>", "X-Loop", "other@example.test"))).isEqualTo(DISTRIBUTE);
    }

    @Test
    void tenListsDeepIsALoopEvenWithoutThisListsMark() {
        String[] headers = new String[20];
        for (int i = 0; i < 10; i++) {
            headers[2 * i] = "X-Loop";
            headers[2 * i + 1] = "l" + i + "@elsewhere.test";
        }
        assertThat(ListPosting.decide(list, mail("member@example.test", "member@example.test", headers)))
                .isEqualTo(LOOP);
        assertThat(Collections.frequency(List.of(headers), "X-Loop")).isEqualTo(ListPosting.MAX_HOPS);
    }
}
