package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules in order, stop processing, the block and allow lists, forwarding and its loop check. */
class PersonalFilteringTest {

    private final Account alice = new Account(new MailDomain("example.test", Instant.EPOCH),
            EmailAddress.parse("alice@example.test"), "Alice", null, Instant.EPOCH);
    private final MailSettings settings = new MailSettings(alice);

    private static IncomingMail mail(String sender, String subject, long size, String... headerPairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("subject", List.of(subject));
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.computeIfAbsent(headerPairs[i].toLowerCase(), k -> new ArrayList<>()).add(headerPairs[i + 1]);
        }
        return new IncomingMail(sender, "alice@example.test", List.of(sender), List.of("alice@example.test"),
                headers, size);
    }

    private static MailRule rule(RuleField field, RuleOperator op, String value, RuleAction action, String arg,
            boolean stop) {
        return new MailRule(field, field == RuleField.HEADER ? "X-Team" : null, op, value, action, arg, stop);
    }

    @Test
    void withoutSettingsMailGoesToInboxUnflagged() {
        PersonalDecision d = PersonalFiltering.decide(settings, mail("bob@remote.test", "hi", 10), true);
        assertThat(d.folder()).isEqualTo("INBOX");
        assertThat(d.flags()).isEmpty();
        assertThat(d.forwardTo()).isEmpty();
    }

    @Test
    void rulesRunInOrderAndStopProcessingEndsThem() {
        settings.replaceRules(List.of(
                rule(RuleField.SUBJECT, RuleOperator.CONTAINS, "发票", RuleAction.MOVE, "Invoices", false),
                rule(RuleField.SUBJECT, RuleOperator.CONTAINS, "发票", RuleAction.MARK_READ, null, true),
                rule(RuleField.SUBJECT, RuleOperator.CONTAINS, "发票", RuleAction.FLAG, null, false)));
        PersonalDecision d = PersonalFiltering.decide(settings, mail("bob@remote.test", "本月发票", 10), true);
        assertThat(d.folder()).isEqualTo("Invoices");
        assertThat(d.flags()).containsExactly("\\Seen");

        PersonalDecision other = PersonalFiltering.decide(settings, mail("bob@remote.test", "午餐", 10), true);
        assertThat(other.folder()).isEqualTo("INBOX");
    }

    @Test
    void textComparesCaseInsensitivelyAndRegularExpressionsFindAnywhere() {
        assertThat(rule(RuleField.SUBJECT, RuleOperator.EQUALS, "quarterly REPORT", RuleAction.FLAG, null, false)
                .matches(mail("b@r.test", "Quarterly Report", 1))).isTrue();
        assertThat(rule(RuleField.SUBJECT, RuleOperator.MATCHES, "订单\\s*#\\d+", RuleAction.FLAG, null, false)
                .matches(mail("b@r.test", "您的订单 #123 已发货", 1))).isTrue();
        assertThat(rule(RuleField.SENDER, RuleOperator.CONTAINS, "@REMOTE.test", RuleAction.FLAG, null, false)
                .matches(mail("bob@remote.test", "x", 1))).isTrue();
        assertThat(rule(RuleField.HEADER, RuleOperator.EQUALS, "销售部", RuleAction.FLAG, null, false)
                .matches(mail("b@r.test", "x", 1, "X-Team", "销售部"))).isTrue();
        assertThat(rule(RuleField.HEADER, RuleOperator.EQUALS, "销售部", RuleAction.FLAG, null, false)
                .matches(mail("b@r.test", "x", 1))).isFalse();
    }

    @Test
    void aPatternThatBacktracksForEverIsGivenUpAsNoMatch() {
        MailRule evil = rule(RuleField.SUBJECT, RuleOperator.MATCHES, "(a+)+$", RuleAction.FLAG, null, false);
        assertThat(evil.matches(mail("b@r.test", "a".repeat(40) + "!", 1))).isFalse();
        assertThat(evil.matches(mail("b@r.test", "aaa", 1))).as("the same pattern still works").isTrue();
    }

    @Test
    void sizeComparesWholeKilobytes() {
        MailRule big = rule(RuleField.SIZE, RuleOperator.GREATER_THAN, "100", RuleAction.MOVE, "Big", false);
        assertThat(big.matches(mail("b@r.test", "x", 101 * 1024))).isTrue();
        assertThat(big.matches(mail("b@r.test", "x", 100 * 1024 + 1023))).isFalse();
    }

    @Test
    void rulesThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> rule(RuleField.SIZE, RuleOperator.CONTAINS, "1", RuleAction.FLAG, null, false))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> rule(RuleField.SUBJECT, RuleOperator.MATCHES, "([", RuleAction.FLAG, null, false))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> rule(RuleField.SUBJECT, RuleOperator.CONTAINS, "x", RuleAction.MOVE, " ", false))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void blockedSendersGoToJunkWithoutRulesAndTheAllowListWins() {
        settings.changeSenderLists(SenderList.parse("spam.test\nbad@remote.test"), SenderList.parse("good@spam.test"));
        settings.replaceRules(List.of(rule(RuleField.SUBJECT, RuleOperator.CONTAINS, "x", RuleAction.DELETE, null,
                false)));

        PersonalDecision blocked = PersonalFiltering.decide(settings, mail("x@mail.spam.test", "x", 1), true);
        assertThat(blocked.folder()).isEqualTo("\\Junk");
        assertThat(blocked.blocked()).isTrue();
        assertThat(PersonalFiltering.decide(settings, mail("bad@remote.test", "y", 1), true).folder()).isEqualTo("\\Junk");

        PersonalDecision allowed = PersonalFiltering.decide(settings, mail("good@spam.test", "x", 1), true);
        assertThat(allowed.folder()).as("allowed: neither blocked nor deleted").isEqualTo("INBOX");
        assertThat(PersonalFiltering.decide(settings, mail("carol@remote.test", "x", 1), true).folder())
                .as("a rule that deletes moves to Trash").isEqualTo("\\Trash");
    }

    @Test
    void forwardingWithAndWithoutACopy() {
        settings.changeForwarding(List.of(EmailAddress.parse("alice@elsewhere.test")), false);
        PersonalDecision d = PersonalFiltering.decide(settings, mail("bob@remote.test", "x", 1), true);
        assertThat(d.forwardTo()).containsExactly("alice@elsewhere.test");
        assertThat(d.kept()).isFalse();

        settings.changeForwarding(List.of(EmailAddress.parse("alice@elsewhere.test")), true);
        assertThat(PersonalFiltering.decide(settings, mail("bob@remote.test", "x", 1), true).kept()).isTrue();
    }

    @Test
    void withoutTheForwardingAccessNothingIsForwardedAndTheMailIsKept() {
        settings.changeForwarding(List.of(EmailAddress.parse("alice@elsewhere.test")), false);
        settings.replaceRules(List.of(rule(RuleField.SUBJECT, RuleOperator.CONTAINS, "x", RuleAction.FORWARD,
                "boss@elsewhere.test", false)));
        PersonalDecision d = PersonalFiltering.decide(settings, mail("bob@remote.test", "x", 1), false);
        assertThat(d.forwardTo()).isEmpty();
        assertThat(d.folder()).isEqualTo("INBOX");
    }

    @Test
    void aForwardedCopyThatComesBackIsKeptNotForwardedAgain() {
        settings.changeForwarding(List.of(EmailAddress.parse("bob@example.test")), false);
        PersonalDecision looped = PersonalFiltering.decide(settings,
                mail("carol@remote.test", "x", 1, "Delivered-To", "bob@example.test", "Delivered-To",
                        "alice@example.test"), true);
        assertThat(looped.forwardTo()).isEmpty();
        assertThat(looped.kept()).isTrue();

        String[] manyHops = new String[2 * ForwardingLoop.MAX_HOPS];
        for (int i = 0; i < ForwardingLoop.MAX_HOPS; i++) {
            manyHops[2 * i] = "Delivered-To";
            manyHops[2 * i + 1] = "hop" + i + "@elsewhere.test";
        }
        assertThat(PersonalFiltering.decide(settings, mail("carol@remote.test", "x", 1, manyHops), true).forwardTo())
                .as("a longer circle through other servers").isEmpty();
        assertThat(PersonalFiltering.decide(settings, mail("carol@remote.test", "x", 1, "Delivered-To",
                "bob@example.test"), true).forwardTo()).as("one hop elsewhere is no loop").containsExactly(
                "bob@example.test");
    }

    @Test
    void bouncesAreNeverForwarded() {
        settings.changeForwarding(List.of(EmailAddress.parse("bob@elsewhere.test")), false);
        PersonalDecision d = PersonalFiltering.decide(settings, mail("", "Undelivered Mail", 1), true);
        assertThat(d.forwardTo()).isEmpty();
        assertThat(d.kept()).isTrue();
    }

    @Test
    void senderListsTakeAddressesAndDomainsAndRefuseNonsense() {
        SenderList list = SenderList.parse("@Example.com, boss@corp.test");
        assertThat(list.matches("a@example.com")).isTrue();
        assertThat(list.matches("a@mail.example.com")).isTrue();
        assertThat(list.matches("a@notexample.com")).isFalse();
        assertThat(list.matches("BOSS@corp.test")).isTrue();
        assertThat(list.matches("other@corp.test")).isFalse();
        assertThatThrownBy(() -> SenderList.parse("not an entry!")).isInstanceOf(InvalidRequestException.class);
    }
}
