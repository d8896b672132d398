package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageSummary;
import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.command.SearchKey;
import org.junit.jupiter.api.Test;

/** The kept address fields decide a SEARCH FROM/TO/CC/BCC exactly as the message's header would. */
class AddressIndexTest {

    private static final Charset GB = Charset.forName("GB18030");

    /** The database as the index reads it: headers by UID, and the mailbox's row and tombstones. */
    private final TreeMap<Long, byte[]> headers = new TreeMap<>();
    private final KeptMailbox box = new KeptMailbox();
    private final Mailbox mailbox = box.mailbox;
    private final List<String> queries = box.queries;
    private final AddressIndex index = new AddressIndex();

    AddressIndexTest() {
        index.structures = new MessageStructures() {
            @Override
            public Map<Long, byte[]> headersByUid(Mailbox ofBox, long fromUid, long belowUid) {
                queries.add("headersByUid");
                return new LinkedHashMap<>(headers.subMap(fromUid, belowUid));
            }
        };
        index.messages = box.messages((method, args) -> {
            throw new UnsupportedOperationException(method);
        });
    }

    private void deliver(String header) {
        headers.put(box.delivered(), (header + "Subject: x\r\n\r\n").getBytes(GB));
    }

    private void expunge(long uid) {
        headers.remove(uid);
        box.expunged(uid);
    }

    @Test
    void decidesAsTheHeaderWould() {
        deliver("From: =?gb18030?B?" + Base64.getEncoder().encodeToString("张三".getBytes(GB))
                + "?= <zhang@example.test>\r\nTo: li@example.test\r\n");
        deliver("From: <bench7 (the bench) @ Example.TEST>\r\nCc: Team <team@example.test>, li@example.test\r\n");
        deliver("From: 李四 <li.si@example.test>\r\nBcc: audit@example.test\r\n");
        deliver("To: nobody\r\n");
        for (String field : AddressIndex.FIELDS) {
            for (String wanted : List.of("张三", "zhang@example", "bench7@example.test", "the bench", "li@example.test",
                    "team", "李四", "audit", "nobody", "example", "")) {
                assertThat(index.match(mailbox, field, wanted.toLowerCase()).certain())
                        .as("%s %s", field, wanted).isEqualTo(byHeader(field, wanted));
            }
        }
        assertThat(index.match(mailbox, "FROM", "bench7@example.test").certain()).containsExactly(2L);
        assertThat(index.match(mailbox, "CC", "li@").certain()).containsExactly(2L);
        assertThat(index.match(mailbox, "FROM", "张三").unsure()).isEmpty();
    }

    @Test
    void followsAdditionsAndRemovalsWithoutReadingTheMailboxAgain() {
        deliver("From: a@example.test\r\n");
        deliver("From: a@example.test\r\n");
        assertThat(index.match(mailbox, "FROM", "a@").certain()).containsExactly(1L, 2L);
        queries.clear();
        expunge(1);
        deliver("From: a@example.test\r\n");
        deliver("From: b@example.test\r\n");
        expunge(4);
        assertThat(index.match(mailbox, "FROM", "a@").certain()).containsExactly(2L, 3L);
        assertThat(queries).containsExactlyInAnyOrder("headersByUid", "expungedSince");
        queries.clear();
        assertThat(index.match(mailbox, "FROM", "b@").certain()).isEmpty();
        assertThat(queries).isEmpty();
    }

    @Test
    void aMailboxRecreatedUnderAnotherUidValidityIsReadAfresh() throws ReflectiveOperationException {
        deliver("From: a@example.test\r\n");
        assertThat(index.match(mailbox, "FROM", "a@").certain()).containsExactly(1L);
        Field validity = Mailbox.class.getDeclaredField("uidValidity");
        validity.setAccessible(true);
        validity.set(mailbox, 8L);
        headers.clear();
        deliver("From: b@example.test\r\n");
        assertThat(index.match(mailbox, "FROM", "a@").certain()).isEmpty();
        assertThat(index.match(mailbox, "FROM", "b@").certain()).containsExactly(2L);
    }

    /** The UIDs whose header {@link ImapSearch} finds {@code wanted} in. */
    private List<Long> byHeader(String field, String wanted) {
        List<Long> found = new ArrayList<>();
        headers.forEach((uid, header) -> {
            ImapSearch search = new ImapSearch(new SearchKey.Text(field, wanted), m -> header, m -> header,
                    Instant.now());
            StoredMessage message = StoredMessage.deliveredTo(new Mailbox(null, "INBOX", null, 1), "k", 100,
                    new MessageSummary(null, null, null, null, null), Instant.now(), null);
            if (search.matches(message)) {
                found.add(uid);
            }
        });
        return found;
    }
}
