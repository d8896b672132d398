package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;

import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageSubject;
import org.flutemail.domain.MessageSummary;
import org.junit.jupiter.api.Test;

class SubjectIndexTest {

    /** The database as the index reads it: subjects by UID, and the mailbox's row and tombstones. */
    private final TreeMap<Long, String> rows = new TreeMap<>();
    private final KeptMailbox box = new KeptMailbox();
    private final Mailbox mailbox = box.mailbox;
    private final List<String> queries = box.queries;
    private final SubjectIndex index = new SubjectIndex();

    SubjectIndexTest() {
        index.messages = box.messages((method, args) -> {
            if (method.equals("subjects")) {
                return rows.subMap((Long) args[1], (Long) args[2]).entrySet().stream()
                        .map(e -> new MessageSubject(e.getKey(), e.getValue())).toList();
            }
            throw new UnsupportedOperationException(method);
        });
    }

    private void deliver(String subject) {
        rows.put(box.delivered(), subject);
    }

    private void expunge(long uid) {
        rows.remove(uid);
        box.expunged(uid);
    }

    @Test
    void findsSubjectsIgnoringCaseAndLeavesClippedOnesToTheCaller() {
        deliver("Quarterly REPORT");
        deliver(null);
        deliver("\u212aelvin scale");
        deliver("x".repeat(MessageSummary.MAX_SUBJECT));
        deliver("other");
        KeptFields.Match match = index.match(mailbox, "SUBJECT", "report");
        assertThat(match.certain()).containsExactly(1L);
        assertThat(match.unsure()).containsExactly(4L);
        assertThat(match.all()).containsExactly(1L, 4L);
        // The Kelvin sign lower-cases to k, as ImapSearch compares.
        assertThat(index.match(mailbox, "SUBJECT", "kelvin").certain()).containsExactly(3L);
    }

    @Test
    void followsAdditionsAndRemovalsWithoutReadingTheMailboxAgain() {
        deliver("report one");
        deliver("report two");
        assertThat(index.match(mailbox, "SUBJECT", "report").certain()).containsExactly(1L, 2L);
        queries.clear();
        expunge(1);
        deliver("report three");
        assertThat(index.match(mailbox, "SUBJECT", "report").certain()).containsExactly(2L, 3L);
        assertThat(queries).containsExactlyInAnyOrder("subjects", "expungedSince");
        queries.clear();
        assertThat(index.match(mailbox, "SUBJECT", "three").certain()).containsExactly(3L);
        assertThat(queries).isEmpty();
    }

    @Test
    void aMessageAddedAndRemovedBetweenTwoSearchesNeverShows() {
        deliver("report one");
        index.match(mailbox, "SUBJECT", "");
        deliver("report two");
        expunge(2);
        assertThat(index.match(mailbox, "SUBJECT", "report").certain()).containsExactly(1L);
    }
}
