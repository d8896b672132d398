package org.flutemail.protocol.imap.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flutemail.protocol.imap.command.Commands.parse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.flutemail.protocol.imap.command.FetchAttribute.Body;
import org.flutemail.protocol.imap.command.FetchAttribute.Item;
import org.flutemail.protocol.imap.command.FetchAttribute.Partial;
import org.flutemail.protocol.imap.command.FetchAttribute.Section;
import org.flutemail.protocol.imap.command.ImapCommand.StoreMode;
import org.flutemail.protocol.imap.command.SequenceSet.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Commands on messages: FETCH, STORE, SEARCH, APPEND, COPY/MOVE, EXPUNGE, SORT, THREAD. */
class MessageCommandParsersTest {

    @Test
    void sequenceSets() throws BadCommandException {
        assertThat(SequenceSet.parse("1:4,7,*:9,*").ranges()).containsExactly(new Range(1, 4), new Range(7, 7),
                new Range(9, SequenceSet.STAR), new Range(SequenceSet.STAR, SequenceSet.STAR));
        assertThat(SequenceSet.parse("$").savedResult()).isTrue();
        for (String bad : List.of("0", "1:", ",1", "1,,2", "4294967296", "a", "-1", "1:2:3")) {
            assertThatThrownBy(() -> SequenceSet.parse(bad)).as(bad).hasMessage("Invalid sequence set");
        }
    }

    @Test
    void fetchWithSectionsAndPartials() throws BadCommandException {
        ImapCommand.Fetch fetch = (ImapCommand.Fetch) parse(
                "a UID FETCH 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (From \"To\")]<0.100> BODY[1.2.MIME] BODY[] "
                        + "BINARY.PEEK[1.2] BINARY.SIZE[3]) (CHANGEDSINCE 12345 VANISHED)");
        assertThat(fetch.uid()).isTrue();
        assertThat(fetch.changedSince()).isEqualTo(12345L);
        assertThat(fetch.vanished()).isTrue();
        assertThat(fetch.attributes()).containsExactly(
                new Item("FLAGS"),
                new Body(true, new Section(List.of(), "HEADER.FIELDS", List.of("From", "To")), new Partial(0, 100)),
                new Body(false, new Section(List.of(1, 2), "MIME", List.of()), null),
                new Body(false, new Section(List.of(), "", List.of()), null),
                new FetchAttribute.Binary(true, List.of(1, 2), null),
                new FetchAttribute.BinarySize(List.of(3)));
    }

    @Test
    void fetchMacrosAndSingleItems() throws BadCommandException {
        assertThat(((ImapCommand.Fetch) parse("a FETCH 1 fast")).attributes())
                .containsExactly(new Item("FLAGS"), new Item("INTERNALDATE"), new Item("RFC822.SIZE"));
        assertThat(((ImapCommand.Fetch) parse("a FETCH 2 body[1.TEXT]")).attributes())
                .containsExactly(new Body(false, new Section(List.of(1), "TEXT", List.of()), null));
    }

    @Test
    void storeForms() throws BadCommandException {
        assertThat(parse("a STORE 1:3 +FLAGS.SILENT (\\Seen $Label1)")).isEqualTo(
                new ImapCommand.Store(false, SequenceSet.parse("1:3"), -1, StoreMode.ADD, true, List.of("\\Seen", "$Label1")));
        // Flags are case-insensitive; a system flag is kept in its usual spelling.
        assertThat(((ImapCommand.Store) parse("a STORE 1 FLAGS (\\SEEN \\draft $Junk)")).flags())
                .containsExactly("\\Seen", "\\Draft", "$Junk");
        assertThat(parse("a UID STORE 5 (UNCHANGEDSINCE 320162338) -FLAGS \\Deleted")).isEqualTo(
                new ImapCommand.Store(true, SequenceSet.parse("5"), 320162338, StoreMode.REMOVE, false, List.of("\\Deleted")));
        assertThat(parse("a STORE 1 FLAGS ()")).isEqualTo(
                new ImapCommand.Store(false, SequenceSet.parse("1"), -1, StoreMode.REPLACE, false, List.of()));
    }

    @Test
    void searchFullGrammar() throws BadCommandException {
        ImapCommand.Search search = (ImapCommand.Search) parse("a UID SEARCH RETURN (MIN COUNT SAVE) CHARSET utf-8 "
                + "OR (FROM \"joe\" SINCE 1-Feb-2024) NOT HEADER X-Spam yes 1:5 UID $ UNSEEN LARGER 100 "
                + "KEYWORD $Work MODSEQ \"/flags/\\\\draft\" all 620162338 OLDER 3600");
        assertThat(search.uid()).isTrue();
        assertThat(search.charset()).isEqualTo("UTF-8");
        assertThat(search.returnOptions()).isEqualTo(Set.of("MIN", "COUNT", "SAVE"));
        assertThat(search.key()).isEqualTo(new SearchKey.And(List.of(
                new SearchKey.Or(
                        new SearchKey.And(List.of(new SearchKey.Text("FROM", "joe"),
                                new SearchKey.Date(false, SearchKey.Comparison.SINCE, LocalDate.of(2024, 2, 1)))),
                        new SearchKey.Not(new SearchKey.Header("X-Spam", "yes"))),
                new SearchKey.Sequence(false, SequenceSet.parse("1:5")),
                new SearchKey.Sequence(true, SequenceSet.parse("$")),
                new SearchKey.Flag("\\Seen", false),
                new SearchKey.Size(true, 100),
                new SearchKey.Flag("$Work", true),
                new SearchKey.ModSeq(620162338),
                new SearchKey.Within(true, 3600))));
    }

    @Test
    void plainSearchHasNoReturnOptions() throws BadCommandException {
        ImapCommand.Search search = (ImapCommand.Search) parse("a SEARCH SENTBEFORE \"3-Mar-2023\" NEW");
        assertThat(search.returnOptions()).isNull();
        assertThat(search.key()).isInstanceOf(SearchKey.And.class);
    }

    @Test
    void unsupportedCharsetIsRefusedWithBadCharset() {
        assertThatThrownBy(() -> parse("a SEARCH CHARSET KOI8-R ALL"))
                .isInstanceOfSatisfying(BadCommandException.class, e -> {
                    assertThat(e.refusal()).isTrue();
                    assertThat(e.responseCode()).isEqualTo("BADCHARSET (UTF-8 US-ASCII)");
                });
    }

    @Test
    void appendSingleMultiAndCatenate() throws BadCommandException {
        ImapCommand.Append append = (ImapCommand.Append) parse(
                "a APPEND Drafts (\\Draft \\Seen) \" 7-Feb-1994 21:52:25 -0800\" {5+}\r\nHello ~{2+}\r\n\0\1"
                        + " CATENATE (URL \"/INBOX;UID=20/;section=1\" TEXT {3+}\r\nabc)");
        assertThat(append.mailbox()).isEqualTo("Drafts");
        assertThat(append.messages()).hasSize(3);
        ImapCommand.AppendMessage first = append.messages().get(0);
        assertThat(first.flags()).containsExactly("\\Draft", "\\Seen");
        assertThat(first.internalDate()).isEqualTo(OffsetDateTime.of(1994, 2, 7, 21, 52, 25, 0, ZoneOffset.ofHours(-8)));
        assertThat(((ImapCommand.Text) first.parts().get(0)).content()).isEqualTo("Hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(((ImapCommand.Text) append.messages().get(1).parts().get(0)).binary()).isTrue();
        assertThat(append.messages().get(2).parts().get(0)).isEqualTo(new ImapCommand.Url("/INBOX;UID=20/;section=1"));
    }

    @Test
    void copyMoveAndUidExpunge() throws BadCommandException {
        assertThat(parse("a UID MOVE 1:* Archive")).isEqualTo(
                new ImapCommand.Transfer(true, true, SequenceSet.parse("1:*"), "Archive"));
        assertThat(parse("a COPY 2 &XfJT0ZAB-")).isEqualTo(
                new ImapCommand.Transfer(false, false, SequenceSet.parse("2"), "已发送"));
        assertThat(parse("a UID EXPUNGE 3:5")).isEqualTo(new ImapCommand.UidExpunge(SequenceSet.parse("3:5")));
    }

    @Test
    void sortAndThread() throws BadCommandException {
        assertThat(parse("a UID SORT (REVERSE DATE subject) UTF-8 ALL")).isEqualTo(
                new ImapCommand.Sort(true, List.of("REVERSE DATE", "SUBJECT"), "UTF-8", new SearchKey.All()));
        assertThat(parse("a THREAD REFERENCES US-ASCII SEEN")).isEqualTo(
                new ImapCommand.Thread(false, "REFERENCES", "US-ASCII", new SearchKey.Flag("\\Seen", true)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a FETCH 0 FLAGS|Invalid sequence set",
        "a FETCH 1 (FLAGS BOGUS)|Unknown FETCH attribute BOGUS",
        "a FETCH 1 BODY[HEADER.FIELDS]|Missing header list in HEADER.FIELDS",
        "a FETCH 1 BODY[MIME]|MIME needs a section part",
        "a FETCH 1 BODY[]<5>|Invalid partial in BODY[]<5>",
        "a FETCH 1 BODY[]<0.0>|Invalid partial in BODY[]<0.0>",
        "a FETCH 1 BODY[0]|Invalid section part 0",
        "a FETCH 1 BODY[TEXT|Invalid FETCH section BODY[TEXT",
        "a FETCH 1 ()|Missing FETCH attributes",
        "a FETCH 1 FLAGS (VANISHED)|VANISHED needs UID FETCH with CHANGEDSINCE",
        "a STORE 1 FLAGS.LOUD (\\Seen)|Invalid STORE data item FLAGS.LOUD",
        "a STORE 1 +FLAGS (\\*)|Invalid flag \\*",
        "a STORE 1 +FLAGS|Missing flags",
        "a STORE 1 +FLAGS (\\Recent)|Unknown system flag \\Recent",
        "a APPEND box (\\Seen \\Important) x|Unknown system flag \\Important",
        "a SEARCH BOGUS|Unknown search key BOGUS",
        "a SEARCH OR SEEN|Missing search key",
        "a SEARCH SINCE 31-Foo-2024|Invalid date 31-Foo-2024",
        "a SEARCH ()|Empty search key list",
        "a SEARCH RETURN (BOGUS) ALL|Unknown RETURN option BOGUS",
        "a APPEND box \"x\"|Invalid date-time x",
        "a APPEND box (\\Seen)|Missing message literal",
        "a APPEND box (\\Seen) hello|Message must be sent as a literal",
        "a COPY 1|Missing mailbox name",
        "a SORT () UTF-8 ALL|Missing sort criteria",
        "a THREAD BOGUS UTF-8 ALL|Unknown thread algorithm BOGUS",
        "a UID EXPUNGE|Missing sequence set"
    })
    void preciseBadReasons(String line, String reason) {
        assertThatThrownBy(() -> parse(line)).isInstanceOf(BadCommandException.class).hasMessage(reason);
    }
}
