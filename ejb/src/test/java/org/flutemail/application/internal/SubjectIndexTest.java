package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageRepository;
import org.flutemail.domain.MessageSubject;
import org.flutemail.domain.MessageSummary;
import org.junit.jupiter.api.Test;

class SubjectIndexTest {

    /** The database as the index reads it: subjects by UID, and tombstones with their mod-sequence. */
    private final TreeMap<Long, String> rows = new TreeMap<>();
    private final TreeMap<Long, Long> tombstones = new TreeMap<>();
    private final List<String> queries = new ArrayList<>();
    private final Mailbox mailbox = new Mailbox(null, "INBOX", null, 7);
    private final SubjectIndex index = new SubjectIndex();

    SubjectIndexTest() throws ReflectiveOperationException {
        Field id = Mailbox.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(mailbox, 42L);
        index.messages = (MessageRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MessageRepository.class}, (proxy, method, args) -> {
                    queries.add(method.getName());
                    if (method.getName().equals("subjects")) {
                        return rows.subMap((Long) args[1], (Long) args[2]).entrySet().stream()
                                .map(e -> new MessageSubject(e.getKey(), e.getValue())).toList();
                    }
                    if (method.getName().equals("expungedSince")) {
                        long since = (Long) args[1];
                        return tombstones.entrySet().stream().filter(e -> e.getValue() > since)
                                .map(e -> e.getKey()).toList();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private void deliver(String subject) {
        rows.put(mailbox.allocateUid(), subject);
        mailbox.nextModseq();
    }

    private void expunge(long uid) {
        rows.remove(uid);
        tombstones.put(uid, mailbox.nextModseq());
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
