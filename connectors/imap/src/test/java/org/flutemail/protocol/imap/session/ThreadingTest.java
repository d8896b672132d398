package org.flutemail.protocol.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.flutemail.protocol.imap.store.ImapStore.SortFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadingTest {

    private static SortFields message(long uid, int day, String subject, String id, String... references) {
        return new SortFields(uid, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(uid),
                Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86400L * day), 100 * uid, "u" + uid, "to", null,
                "User " + uid, "To", subject, id, List.of(references), null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Re: Hello|hello",
        "RE: [list] Re: Hello (fwd)|hello",
        "Fwd: [Fwd: Meeting]|meeting",
        "[list] Meeting   notes|meeting notes",
        "Re:|''",
        "[only a blob]|[only a blob]",
    })
    void baseSubjectDropsReplyAndForwardMarkers(String subject, String base) {
        assertThat(BaseSubject.of(subject)).isEqualTo(base);
    }

    @Test
    void referencesBuildTheTreeAndDatesOrderIt() {
        List<SortFields> messages = List.of(
                message(1, 1, "Plan", "<a@x>"),
                message(2, 3, "Re: Plan", "<b@x>", "<a@x>"),
                message(3, 2, "Re: Plan", "<c@x>", "<a@x>"),
                message(4, 4, "Re: Plan", "<d@x>", "<a@x>", "<c@x>"),
                message(5, 5, "Other", "<e@x>"),
                message(6, 6, "Re: lost parent", "<f@x>", "<missing@x>"),
                message(7, 7, "Re: lost parent", "<g@x>", "<missing@x>"));

        String threads = new Threading(SortFields::uid).references(messages);

        assertThat(threads).isEqualTo("(1 (3 4)(2))(5)((6)(7))");
    }

    @Test
    void orderedSubjectGroupsByBaseSubjectInDateOrder() {
        List<SortFields> messages = List.of(
                message(1, 2, "Plan", "<a@x>"),
                message(2, 1, "Other", "<b@x>"),
                message(3, 3, "Re: Plan", "<c@x>"),
                message(4, 4, "Re: Plan", "<d@x>"));

        assertThat(new Threading(SortFields::uid).orderedSubject(messages)).isEqualTo("(2)(1 (3)(4))");
    }

    @Test
    void sortTakesCriteriaInTurnAndReverse() {
        List<SortFields> messages = List.of(message(1, 3, "b", null), message(2, 1, "a", null),
                message(3, 2, "Re: a", null));

        assertThat(Sorting.sort(messages, List.of("SUBJECT", "REVERSE DATE"))).extracting(SortFields::uid)
                .containsExactly(3L, 2L, 1L);
        assertThat(Sorting.sort(messages, List.of("REVERSE SIZE"))).extracting(SortFields::uid)
                .containsExactly(3L, 2L, 1L);
        assertThat(Sorting.sort(messages, List.of("DATE"))).extracting(SortFields::uid).containsExactly(2L, 3L, 1L);
    }
}
