package org.flutemail.it;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;
import static org.flutemail.it.support.TestMessages.SENDER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.ImapConnection;
import org.flutemail.it.support.InboxFixture;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.TestMessages.RawMessage;
import org.junit.jupiter.api.Test;

/**
 * IMAP4rev2 (RFC 9051) next to IMAP4rev1 on the real server: a client that sends
 * {@code ENABLE IMAP4rev2} (Python's imaplib, and a raw socket where the exact lines matter) gets
 * RFC 9051's answers, while a rev1 session on the same mailbox sees what it always saw.
 */
@FluteServerTest(portOffset = 2000)
class Imap4rev2IT {

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    Imap4rev2IT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @Test
    void aRev2ClientGetsRfc9051AnswersAndARev1ClientWhatItAlwaysGot() {
        String alice = api.createAccount("rev2-basics");
        List<MessageSummary> stored = InboxFixture.deliver(server, probe, alice,
                List.of(TestMessages.simple(alice, "first"), TestMessages.simple(alice, "second")));
        MessageSummary first = stored.get(0);
        MessageSummary second = stored.get(1);

        PythonImap.Run run = PythonImap.withStartTls(server)
                .session("a", alice, ACCOUNT_PASSWORD).session("b", alice, ACCOUNT_PASSWORD)
                .step("a", "enable", "IMAP4rev2")
                .step("a", "select", "INBOX")
                .step("a", "search", "", "UNSEEN")
                .step("a", "uid", "SEARCH", "ALL")
                .step("a", "fetch", "1:*", "(FLAGS)")
                .step("a", "status", "INBOX", "(MESSAGES DELETED SIZE)")
                .step("a", "status", "INBOX", "(MESSAGES RECENT)")
                .step("a", "search", "", "NEW")
                .step("b", "select", "INBOX")
                .step("b", "search", "", "UNSEEN")
                .step("b", "fetch", "1", "(FLAGS)")
                .run();

        assertThat(run.capabilities()).contains("IMAP4REV1", "IMAP4REV2", "LITERAL+", "ENABLE");
        assertThat(run.result(0).untagged("ENABLED")).containsExactly("IMAP4rev2");
        PythonImap.Result select = run.result(1);
        assertThat(select.lines()).containsExactly("2");
        assertThat(select.untagged("LIST")).containsExactly("() \"/\" INBOX");
        assertThat(select.untagged("RECENT")).isEmpty();
        assertThat(select.untagged("UNSEEN")).isEmpty();
        assertThat(run.result(2).untagged("SEARCH")).isEmpty();
        assertThat(run.result(2).untagged("ESEARCH")).singleElement().asString().matches("\\(TAG \"\\w+\"\\) ALL 1:2");
        assertThat(run.result(3).untagged("ESEARCH")).singleElement().asString()
                .endsWith(") UID ALL " + first.uid() + ":" + second.uid());
        assertThat(run.result(4).lines()).containsExactly("1 (FLAGS ())", "2 (FLAGS ())");
        assertThat(run.result(5).lines())
                .containsExactly("INBOX (MESSAGES 2 DELETED 0 SIZE " + (first.size() + second.size()) + ")");
        assertThat(run.result(6).error()).contains("BAD").contains("RECENT is not a status item in IMAP4rev2");
        assertThat(run.result(7).error()).contains("BAD").contains("NEW is not a search key in IMAP4rev2");

        // The rev2 session claimed no recency, so the rev1 session that comes next has both as \Recent.
        assertThat(run.result(8).untagged("RECENT")).containsExactly("2");
        assertThat(run.result(8).untagged("UNSEEN")).containsExactly("1");
        assertThat(run.result(8).untagged("LIST")).isEmpty();
        assertThat(run.result(9).lines()).containsExactly("1 2");
        assertThat(run.result(10).lines()).containsExactly("1 (FLAGS (\\Recent))");
    }

    @Test
    void mailboxNamesTravelAsUtf8AndAParentIsRefusedAsHasChildren() {
        String alice = api.createAccount("rev2-names");
        PythonImap.Run run = PythonImap.withStartTls(server)
                .session("a", alice, ACCOUNT_PASSWORD).session("b", alice, ACCOUNT_PASSWORD)
                .step("a", "enable", "IMAP4rev2")
                // 8-bit UTF-8 inside a quoted string, as RFC 9051's grammar allows.
                .step("a", "create", quoted("Entwürfe"))
                .step("a", "create", quoted("Entwürfe/März"))
                .step("a", "list", "\"\"", "Entw*")
                .step("a", "select", quoted("Entwürfe/März"))
                .step("a", "unselect")
                .step("a", "delete", quoted("Entwürfe"))
                .step("b", "list", "\"\"", "Entw*")
                .step("b", "delete", "Entw&APw-rfe")
                .run();

        assertThat(run.result(1).typ()).isEqualTo("OK");
        assertThat(run.result(2).typ()).isEqualTo("OK");
        assertThat(utf8(run.result(3).lines())).containsExactly("(\\HasChildren) \"/\" \"Entwürfe\"",
                "(\\HasNoChildren) \"/\" \"Entwürfe/März\"");
        assertThat(utf8(run.result(4).untagged("LIST"))).containsExactly("() \"/\" \"Entwürfe/März\"");
        assertThat(run.result(6).typ()).isEqualTo("NO");
        assertThat(run.result(6).lines().get(0)).startsWith("[HASCHILDREN]");
        assertThat(run.result(7).lines()).containsExactly("(\\HasChildren) \"/\" Entw&APw-rfe",
                "(\\HasNoChildren) \"/\" Entw&APw-rfe/M&AOQ-rz");
        assertThat(run.result(8).typ()).isEqualTo("NO");
        assertThat(run.result(8).lines().get(0)).startsWith("[CANNOT]");
    }

    @Test
    void binaryLiteral8KeywordsAndEsearchLineByLine() throws Exception {
        String alice = api.createAccount("rev2-raw");
        byte[] message = ("From: " + SENDER + "\r\nTo: " + alice + "\r\nSubject: binary\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(new byte[] {'h', 0, 'i'}) + "\r\n").getBytes(US_ASCII);
        try (ImapConnection imap = ImapConnection.open(server, Duration.ofSeconds(30))) {
            imap.send("l LOGIN " + alice + " " + ACCOUNT_PASSWORD + "\r\n");
            imap.readUntilTagged("l");
            imap.send("e ENABLE IMAP4rev2\r\n");
            assertThat(imap.readUntilTagged("e")).containsExactly("* ENABLED IMAP4rev2", "e OK ENABLE completed");
            // A non-synchronising literal8: LITERAL+ (RFC 7888) and APPEND of binary data (RFC 9051 6.3.12).
            imap.send("a APPEND INBOX ($Forwarded) ~{" + message.length + "+}\r\n");
            imap.send(message);
            imap.send("\r\n");
            assertThat(imap.readUntilTagged("a")).last().asString().startsWith("a OK [APPENDUID ");

            imap.send("s SELECT INBOX\r\n");
            List<String> selected = imap.readUntilTagged("s");
            assertThat(selected).contains("* 1 EXISTS", "* LIST () \"/\" INBOX", "s OK [READ-WRITE] SELECT completed")
                    .noneMatch(line -> line.contains("RECENT") || line.contains("[UNSEEN"));

            imap.send("f FETCH 1 (FLAGS BINARY.SIZE[1])\r\n");
            assertThat(imap.readUntilTagged("f")).containsExactly("* 1 FETCH (FLAGS ($Forwarded) BINARY.SIZE[1] 3)",
                    "f OK FETCH completed");

            imap.send("k STORE 1 +FLAGS ($Junk $MDNSent)\r\n");
            assertThat(imap.readUntilTagged("k")).first().isEqualTo("* 1 FETCH (FLAGS ($Forwarded $Junk $MDNSent))");
            imap.send("q SEARCH KEYWORD $Junk UNKEYWORD $NotJunk\r\nr SEARCH KEYWORD $Phishing\r\n");
            assertThat(imap.readUntilTagged("r")).containsExactly("* ESEARCH (TAG \"q\") ALL 1", "q OK SEARCH completed",
                    "* ESEARCH (TAG \"r\")", "r OK SEARCH completed");
        }
    }

    @Test
    void idleAnnouncesNewMailWithoutRecent() {
        String alice = api.createAccount("rev2-idle");
        RawMessage message = TestMessages.simple(alice, "while idling in rev2");
        PythonImap.Run run = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "enable", "IMAP4rev2")
                .step("a", "select", "INBOX")
                .step("a", "idle_during_smtp", Integer.toString(server.smtpPort()), SENDER, alice,
                        Base64.getEncoder().encodeToString(message.bytes()))
                .run();

        PythonImap.Result idle = run.result(2);
        assertThat(idle.lines()).startsWith("+ idling").contains("* 1 EXISTS").noneMatch(line -> line.contains("RECENT"));
        assertThat(idle.lines().get(idle.lines().size() - 1)).endsWith("OK IDLE terminated");
    }

    /** A quoted mailbox name with its UTF-8 octets as they are, sent by imaplib untouched. */
    private static JsonNode quoted(String name) {
        return PythonImap.octets(("\"" + name + "\"").getBytes(UTF_8));
    }

    /** imap_session.py hands text over as Latin-1; the server sent UTF-8. */
    private static List<String> utf8(List<String> lines) {
        return lines.stream().map(line -> new String(line.getBytes(ISO_8859_1), UTF_8)).toList();
    }
}
