package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RFC 3834's "never answer a machine", and only mail addressed to the account (or an alias of it). */
class AutoReplyPolicyTest {

    private static final Set<String> OWN = Set.of("alice@example.test", "sales@example.test");

    private static IncomingMail mail(String sender, List<String> toAndCc, String... headerPairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i].toLowerCase(), List.of(headerPairs[i + 1]));
        }
        return new IncomingMail(sender, "alice@example.test", List.of(sender), toAndCc, headers, 100);
    }

    private static IncomingMail toAlice(String sender, String... headers) {
        return mail(sender, List.of("alice@example.test"), headers);
    }

    @Test
    void answersAPersonWhoWroteToTheAccount() {
        assertThat(AutoReplyPolicy.whyNot(toAlice("bob@remote.test"), OWN)).isEmpty();
        assertThat(AutoReplyPolicy.whyNot(toAlice("bob@remote.test", "Auto-Submitted", "no"), OWN)).isEmpty();
        assertThat(AutoReplyPolicy.whyNot(toAlice("bob@remote.test", "Precedence", "first-class"), OWN)).isEmpty();
    }

    @Test
    void anAliasOfTheAccountInCcCounts() {
        assertThat(AutoReplyPolicy.whyNot(mail("bob@remote.test", List.of("x@remote.test", "sales@example.test")),
                OWN)).isEmpty();
    }

    @Test
    void neverAnswersAutomaticMessages() {
        assertThat(AutoReplyPolicy.whyNot(toAlice("bob@remote.test", "Auto-Submitted", "auto-replied"), OWN))
                .contains("Auto-Submitted: auto-replied");
        assertThat(AutoReplyPolicy.whyNot(toAlice("bob@remote.test", "Auto-Submitted", "Auto-Generated; x=1"), OWN))
                .isPresent();
    }

    @Test
    void neverAnswersBulkListOrJunkPrecedence() {
        for (String p : List.of("bulk", "list", "junk", " Bulk ")) {
            assertThat(AutoReplyPolicy.whyNot(toAlice("bob@remote.test", "Precedence", p), OWN)).as(p).isPresent();
        }
    }

    @Test
    void neverAnswersMailingLists() {
        assertThat(AutoReplyPolicy.whyNot(toAlice("bob@remote.test", "List-Id", "<news.remote.test>"), OWN))
                .contains("mailing list");
        assertThat(AutoReplyPolicy.whyNot(toAlice("bob@remote.test", "List-Unsubscribe", "<mailto:u@r.test>"), OWN))
                .contains("mailing list");
    }

    @Test
    void neverAnswersTheNullSenderOrRobots() {
        assertThat(AutoReplyPolicy.whyNot(toAlice(""), OWN)).contains("null sender");
        for (String robot : List.of("MAILER-DAEMON@remote.test", "noreply@remote.test", "no-reply@remote.test",
                "do-not-reply@remote.test", "news-request@remote.test", "owner-news@remote.test",
                "bounces+abc@remote.test")) {
            assertThat(AutoReplyPolicy.whyNot(toAlice(robot), OWN)).as(robot).isPresent();
        }
    }

    @Test
    void neverAnswersMailWhereTheAccountIsOnlyBccOrTheSenderItself() {
        assertThat(AutoReplyPolicy.whyNot(mail("bob@remote.test", List.of("carol@remote.test")), OWN))
                .contains("the account is not in To or Cc");
        assertThat(AutoReplyPolicy.whyNot(toAlice("alice@example.test"), OWN)).contains("sent by the account itself");
    }
}
