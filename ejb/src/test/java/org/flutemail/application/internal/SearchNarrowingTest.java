package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.flutemail.application.internal.KeptFields.Match;
import org.flutemail.domain.Mailbox;
import org.flutemail.protocol.imap.command.SearchKey;
import org.junit.jupiter.api.Test;

/** Which searches the kept fields narrow, and how. */
class SearchNarrowingTest {

    private final Mailbox mailbox = new Mailbox(null, "INBOX", null, 7);
    private final List<String> asked = new ArrayList<>();
    private final SearchNarrowing narrowing = new SearchNarrowing();

    SearchNarrowingTest() {
        narrowing.subjects = new SubjectIndex() {
            @Override
            Match match(Mailbox box, String field, String wanted) {
                asked.add(field + " " + wanted);
                return new Match(List.of(1L, 2L, 5L), List.of(9L));
            }
        };
        narrowing.addresses = new AddressIndex() {
            @Override
            Match match(Mailbox box, String field, String wanted) {
                asked.add(field + " " + wanted);
                return new Match(List.of(2L, 3L, 5L), List.of());
            }
        };
    }

    @Test
    void aTextKeyAloneIsDecidedByItsIndex() {
        assertThat(narrowing.candidates(mailbox, new SearchKey.Text("subject", "Report")))
                .contains(new Match(List.of(1L, 2L, 5L), List.of(9L)));
        assertThat(narrowing.candidates(mailbox, new SearchKey.Text("From", "Bench7@")))
                .contains(new Match(List.of(2L, 3L, 5L), List.of()));
        assertThat(asked).containsExactly("SUBJECT report", "FROM bench7@");
    }

    @Test
    void keysAndedLeaveWhatEveryIndexedOneAllowsForTheSearchToDecide() {
        SearchKey key = new SearchKey.And(List.of(new SearchKey.Flag("\\Seen", true),
                new SearchKey.Text("SUBJECT", "q4"), new SearchKey.Text("TO", "li@")));
        assertThat(narrowing.candidates(mailbox, key)).contains(new Match(List.of(), List.of(2L, 5L)));
    }

    @Test
    void anythingElseLooksAtEveryMessage() {
        assertThat(narrowing.candidates(mailbox, new SearchKey.Text("BODY", "report"))).isEmpty();
        assertThat(narrowing.candidates(mailbox, new SearchKey.Or(new SearchKey.Text("SUBJECT", "a"),
                new SearchKey.Text("SUBJECT", "b")))).isEmpty();
        assertThat(narrowing.candidates(mailbox, new SearchKey.Not(new SearchKey.Text("FROM", "a")))).isEmpty();
        assertThat(narrowing.candidates(mailbox, new SearchKey.And(List.of(new SearchKey.Flag("\\Seen", true)))))
                .isEmpty();
        assertThat(asked).isEmpty();
    }
}
