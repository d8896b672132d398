package org.flutemail.protocol.imap.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flutemail.protocol.imap.command.Commands.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flutemail.protocol.imap.command.ImapCommand.Kind;
import org.flutemail.protocol.imap.command.ImapCommand.MailboxVerb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Commands about the session and mailboxes: everything but message access. */
class SessionCommandParsersTest {

    @Test
    void commandsWithoutArguments() throws BadCommandException {
        assertThat(parse("a capability")).isEqualTo(new ImapCommand.Simple(Kind.CAPABILITY));
        assertThat(parse("a IDLE")).isEqualTo(new ImapCommand.Simple(Kind.IDLE));
        assertThat(parse("a EXPUNGE")).isEqualTo(new ImapCommand.Simple(Kind.EXPUNGE));
    }

    @Test
    void login() throws BadCommandException {
        assertThat(parse("a LOGIN joe \"se cret\"")).isEqualTo(new ImapCommand.Login("joe", "se cret"));
        assertThat(parse("a LOGIN {3+}\r\njoe {4+}\r\np\"w)")).isEqualTo(new ImapCommand.Login("joe", "p\"w)"));
    }

    @Test
    void authenticateWithAndWithoutInitialResponse() throws BadCommandException {
        assertThat(parse("a AUTHENTICATE plain")).isEqualTo(new ImapCommand.Authenticate("PLAIN", null));
        assertThat(parse("a AUTHENTICATE PLAIN AGpvZQBzZWNyZXQ="))
                .isEqualTo(new ImapCommand.Authenticate("PLAIN", "AGpvZQBzZWNyZXQ="));
        assertThat(parse("a AUTHENTICATE EXTERNAL =")).isEqualTo(new ImapCommand.Authenticate("EXTERNAL", ""));
    }

    @Test
    void enableAndId() throws BadCommandException {
        assertThat(parse("a ENABLE CONDSTORE utf8=accept"))
                .isEqualTo(new ImapCommand.Enable(List.of("CONDSTORE", "UTF8=ACCEPT")));
        assertThat(parse("a ID NIL")).isEqualTo(new ImapCommand.Id(null));
        Map<String, String> parameters = ((ImapCommand.Id) parse("a ID (\"name\" \"Thunderbird\" \"os\" NIL)"))
                .parameters();
        assertThat(parameters.keySet()).containsExactly("name", "os");
        assertThat(parameters.get("name")).isEqualTo("Thunderbird");
        assertThat(parameters.get("os")).isNull();
    }

    @Test
    void selectExamineWithCondstoreAndQresync() throws BadCommandException {
        assertThat(parse("a SELECT inbox")).isEqualTo(new ImapCommand.Select("INBOX", false, false, null));
        assertThat(parse("a EXAMINE &ZTZO9nux- (CONDSTORE)"))
                .isEqualTo(new ImapCommand.Select("收件箱", true, true, null));
        ImapCommand.Select select = (ImapCommand.Select) parse(
                "a SELECT INBOX (QRESYNC (67890007 20050715194045000 41,43:211 (1:5 4:8)))");
        assertThat(select.qresync().uidValidity()).isEqualTo(67890007L);
        assertThat(select.qresync().modSeq()).isEqualTo(20050715194045000L);
        assertThat(select.qresync().knownUids().ranges()).hasSize(2);
        assertThat(select.qresync().knownSequenceUids().ranges()).containsExactly(new SequenceSet.Range(4, 8));
    }

    @Test
    void utf8AcceptMailboxNamesPassThrough() throws BadCommandException {
        assertThat(parse("a SELECT \"已发送\"", new ParseContext(true)))
                .isEqualTo(new ImapCommand.Select("已发送", false, false, null));
    }

    @Test
    void imap4rev2GrammarHasNoRecentStatusItemNorSearchKeys() throws BadCommandException {
        ParseContext rev2 = new ParseContext(true, true);
        assertThat(parse("a STATUS INBOX (MESSAGES RECENT)")).isEqualTo(
                new ImapCommand.Status("INBOX", List.of("MESSAGES", "RECENT")));
        assertThatThrownBy(() -> parse("a STATUS INBOX (MESSAGES RECENT)", rev2)).isInstanceOf(BadCommandException.class)
                .hasMessage("RECENT is not a status item in IMAP4rev2: it has no \\Recent flag");
        assertThatThrownBy(() -> parse("a LIST \"\" * RETURN (STATUS (RECENT))", rev2))
                .isInstanceOf(BadCommandException.class);
        assertThatThrownBy(() -> parse("a UID SEARCH OR SEEN OLD", rev2)).isInstanceOf(BadCommandException.class)
                .hasMessage("OLD is not a search key in IMAP4rev2: it has no \\Recent flag");
        assertThat(parse("a SELECT \"Entwürfe\"", rev2)).isEqualTo(new ImapCommand.Select("Entwürfe", false, false, null));
    }

    @Test
    void mailboxManagement() throws BadCommandException {
        assertThat(parse("a CREATE Sent (USE (\\Sent))")).isEqualTo(new ImapCommand.Create("Sent", List.of("\\Sent")));
        assertThat(parse("a DELETE old")).isEqualTo(new ImapCommand.OnMailbox(MailboxVerb.DELETE, "old"));
        assertThat(parse("a SUBSCRIBE &XfJT0ZAB-")).isEqualTo(new ImapCommand.OnMailbox(MailboxVerb.SUBSCRIBE, "已发送"));
        assertThat(parse("a RENAME a \"b c\"")).isEqualTo(new ImapCommand.Rename("a", "b c"));
        assertThat(parse("a GETQUOTAROOT INBOX")).isEqualTo(new ImapCommand.OnMailbox(MailboxVerb.GETQUOTAROOT, "INBOX"));
        assertThat(parse("a GETQUOTA \"\"")).isEqualTo(new ImapCommand.GetQuota(""));
        assertThat(parse("a COMPRESS deflate")).isEqualTo(new ImapCommand.Compress("DEFLATE"));
    }

    @Test
    void listBasicAndExtended() throws BadCommandException {
        assertThat(parse("a LIST \"\" *")).isEqualTo(
                new ImapCommand.ListMailboxes(false, Set.of(), "", List.of("*"), Set.of(), List.of()));
        assertThat(parse("a LSUB \"\" %")).isEqualTo(
                new ImapCommand.ListMailboxes(true, Set.of(), "", List.of("%"), Set.of(), List.of()));
        assertThat(parse("a LIST (SUBSCRIBED RECURSIVEMATCH) \"\" (INBOX* &ZTZO9nux-/%) "
                + "RETURN (CHILDREN SPECIAL-USE STATUS (MESSAGES UNSEEN))")).isEqualTo(
                new ImapCommand.ListMailboxes(false, Set.of("SUBSCRIBED", "RECURSIVEMATCH"), "",
                        List.of("INBOX*", "收件箱/%"), Set.of("CHILDREN", "SPECIAL-USE", "STATUS"),
                        List.of("MESSAGES", "UNSEEN")));
    }

    @Test
    void status() throws BadCommandException {
        assertThat(parse("a STATUS INBOX (MESSAGES size HIGHESTMODSEQ UIDNEXT)"))
                .isEqualTo(new ImapCommand.Status("INBOX", List.of("MESSAGES", "SIZE", "HIGHESTMODSEQ", "UIDNEXT")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a FROB|Unknown command FROB",
        "a NOOP x|NOOP takes no arguments",
        "a LOGIN joe|Missing password",
        "a LOGIN joe x y|Unexpected argument: y",
        "a LOGIN (joe) x|Invalid user name",
        "a AUTHENTICATE PLAIN abc|Invalid base64 in initial response",
        "a SELECT &ZTZO9nux|Mailbox name has an unterminated & sequence",
        "a SELECT INBOX (FOO)|Unknown or repeated SELECT parameter FOO",
        "a SELECT INBOX (QRESYNC (0 1))|Invalid UIDVALIDITY",
        "a LIST (RECURSIVEMATCH) \"\" *|RECURSIVEMATCH needs SUBSCRIBED or SPECIAL-USE",
        "a LIST \"\" * RETURN (BOGUS)|Unknown or repeated return option BOGUS",
        "a STATUS INBOX (MESSAGES BOGUS)|Unknown status item BOGUS",
        "a STATUS INBOX ()|Missing status items",
        "a STATUS INBOX MESSAGES|Invalid status items: a parenthesised list is required",
        "a UID LOGIN x y|UID LOGIN is not a command",
        "a CREATE x (USE (Sent))|Invalid special-use attribute Sent",
        "a ID (\"a\" \"1\" \"a\" \"2\")|Duplicate ID field or too many fields"
    })
    void preciseBadReasons(String line, String reason) {
        assertThatThrownBy(() -> parse(line)).isInstanceOf(BadCommandException.class).hasMessage(reason);
    }
}
