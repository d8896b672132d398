package org.flutemail.protocol.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.flutemail.protocol.imap.codec.DecoderLimits;
import org.junit.jupiter.api.Test;

/**
 * What changes for a client that sends {@code ENABLE IMAP4rev2} (RFC 9051 appendix E), each next to
 * what a rev1 client still sees for the same command.
 */
class Imap4rev2SessionTest {

    private static final String MESSAGE = "From: bob@example.test\r\nTo: alice@example.test\r\n"
            + "Subject: Hello\r\n\r\nFirst line\r\n";

    private final InMemoryImapStore store = new InMemoryImapStore();

    @Test
    void bothRevisionsAreAnnouncedWithTheLiteralFormTheListenerAccepts() {
        Client plus = new Client(store, true);
        assertThat(plus.take()).startsWith("* OK [CAPABILITY IMAP4rev1 IMAP4rev2 LITERAL+ ").doesNotContain("LITERAL-");

        ImapConfig minusConfig = new ImapConfig("mail.example.test", true, false, 10,
                DecoderLimits.defaults().withLiteralPlus(false));
        Client minus = new Client(store, minusConfig, true);
        assertThat(minus.take()).startsWith("* OK [CAPABILITY IMAP4rev1 IMAP4rev2 LITERAL- ").doesNotContain("LITERAL+");
        // RFC 7888 section 4: LITERAL- takes non-synchronising literals of up to 4096 octets, no more.
        String small = "a LOGIN {" + InMemoryImapStore.USER.length() + "+}\r\n" + InMemoryImapStore.USER + " "
                + InMemoryImapStore.PASSWORD;
        assertThat(minus.send(small)).startsWith("a OK [CAPABILITY IMAP4rev1 IMAP4rev2 LITERAL- ");
        assertThat(minus.send("b APPEND INBOX {4097+}\r\n" + "x".repeat(4097))).startsWith("b BAD [TOOBIG]");
    }

    @Test
    void anEmptySaslInitialResponseIsAFailedLoginNotABadCommand() {
        Client client = new Client(store, true);
        client.take();
        assertThat(client.send("a AUTHENTICATE PLAIN =")).isEqualTo("a NO [AUTHENTICATIONFAILED] Invalid credentials\r\n");
    }

    @Test
    void enableIsAnsweredOnceAndOnlyBeforeAMailboxIsSelected() {
        Client client = Client.loggedIn(store);
        client.take();
        assertThat(client.send("a ENABLE imap4REV2")).isEqualTo("* ENABLED IMAP4rev2\r\na OK ENABLE completed\r\n");
        assertThat(client.send("b ENABLE IMAP4rev2")).isEqualTo("* ENABLED\r\nb OK ENABLE completed\r\n");
        client.send("c SELECT INBOX");
        assertThat(client.send("d ENABLE IMAP4rev2")).startsWith("d BAD");
        assertThat(client.send("e CAPABILITY")).contains("IMAP4rev1 IMAP4rev2");

        Client together = Client.loggedIn(store);
        together.take();
        assertThat(together.send("a ENABLE UTF8=ACCEPT IMAP4rev2 CONDSTORE"))
                .isEqualTo("* ENABLED CONDSTORE IMAP4rev2 UTF8=ACCEPT\r\na OK ENABLE completed\r\n");
    }

    @Test
    void selectHasNoRecentNorUnseenButAListResponse() {
        store.deliver("INBOX", MESSAGE, "\\Seen");
        store.deliver("INBOX", MESSAGE);
        Client rev2 = Client.rev2(store);
        String selected = rev2.send("s SELECT INBOX");
        assertThat(rev2.lines(selected)).containsExactly("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)",
                "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted",
                "* 2 EXISTS", "* OK [UIDVALIDITY 1001] UIDs valid", "* OK [UIDNEXT 3] Predicted next UID",
                "* OK [HIGHESTMODSEQ 3] Highest mod-sequence", "* LIST () \"/\" INBOX",
                "s OK [READ-WRITE] SELECT completed");

        Client rev1 = Client.loggedIn(store);
        rev1.take();
        assertThat(rev1.lines(rev1.send("s EXAMINE INBOX"))).contains("* 2 RECENT", "* OK [UNSEEN 2] First unseen message")
                .noneMatch(line -> line.startsWith("* LIST"));
    }

    @Test
    void newMailIsAnnouncedWithoutRecentAndFlagsNeverShowIt() {
        Client rev2 = Client.rev2(store);
        rev2.send("s SELECT INBOX");
        store.deliver("INBOX", MESSAGE);
        assertThat(rev2.send("n NOOP")).isEqualTo("* 1 EXISTS\r\nn OK NOOP completed\r\n");
        assertThat(rev2.send("f FETCH 1 FLAGS")).isEqualTo("* 1 FETCH (FLAGS ())\r\nf OK FETCH completed\r\n");
        assertThat(rev2.send("g FETCH 1 BODY[TEXT]"))
                .isEqualTo("* 1 FETCH (BODY[TEXT] {12}\r\nFirst line\r\n FLAGS (\\Seen))\r\ng OK FETCH completed\r\n");

        Client rev1 = Client.loggedIn(store);
        rev1.send("s SELECT INBOX");
        store.deliver("INBOX", MESSAGE);
        // The first message too: the rev2 session had not claimed it.
        assertThat(rev1.send("n NOOP")).isEqualTo("* 2 EXISTS\r\n* 2 RECENT\r\nn OK NOOP completed\r\n");
        assertThat(rev1.send("f FETCH 2 FLAGS")).isEqualTo("* 2 FETCH (FLAGS (\\Recent))\r\nf OK FETCH completed\r\n");
    }

    @Test
    void aRev2SessionLeavesRecencyToRev1Sessions() {
        store.deliver("INBOX", MESSAGE);
        Client rev2 = Client.rev2(store);
        rev2.send("s SELECT INBOX");
        Client rev1 = Client.loggedIn(store);
        assertThat(rev1.send("s SELECT INBOX")).contains("* 1 RECENT");
    }

    @Test
    void searchIsAnsweredByEsearch() {
        store.deliver("INBOX", MESSAGE, "\\Seen");
        long second = store.deliver("INBOX", MESSAGE);
        store.deliver("INBOX", MESSAGE);
        Client rev2 = Client.rev2(store);
        rev2.send("s SELECT INBOX");
        assertThat(rev2.send("a SEARCH UNSEEN")).isEqualTo("* ESEARCH (TAG \"a\") ALL 2:3\r\na OK SEARCH completed\r\n");
        assertThat(rev2.send("b UID SEARCH UID " + second))
                .isEqualTo("* ESEARCH (TAG \"b\") UID ALL " + second + "\r\nb OK UID SEARCH completed\r\n");
        assertThat(rev2.send("c SEARCH DELETED")).isEqualTo("* ESEARCH (TAG \"c\")\r\nc OK SEARCH completed\r\n");
        assertThat(rev2.send("d SEARCH RETURN (COUNT) ALL"))
                .isEqualTo("* ESEARCH (TAG \"d\") COUNT 3\r\nd OK SEARCH completed\r\n");
        assertThat(rev2.send("e SEARCH RETURN (SAVE) SEEN")).isEqualTo("e OK SEARCH completed\r\n");
        assertThat(rev2.send("f FETCH $ UID")).startsWith("* 1 FETCH (UID 1)");

        Client rev1 = Client.loggedIn(store);
        rev1.send("s SELECT INBOX");
        assertThat(rev1.send("a SEARCH UNSEEN")).isEqualTo("* SEARCH 2 3\r\na OK SEARCH completed\r\n");
    }

    @Test
    void theRecentStatusItemAndSearchKeysAreGone() {
        store.deliver("INBOX", MESSAGE);
        Client rev2 = Client.rev2(store);
        assertThat(rev2.send("a STATUS INBOX (MESSAGES RECENT)")).startsWith("a BAD RECENT is not a status item");
        assertThat(rev2.send("b LIST \"\" INBOX RETURN (STATUS (RECENT))")).startsWith("b BAD");
        rev2.send("s SELECT INBOX");
        for (String key : new String[] {"RECENT", "NEW", "OLD", "NOT (OR SEEN RECENT)"}) {
            assertThat(rev2.send("c SEARCH " + key)).startsWith("c BAD");
        }

        Client rev1 = Client.loggedIn(store);
        assertThat(rev1.send("a STATUS INBOX (MESSAGES RECENT)")).startsWith("* STATUS INBOX (MESSAGES 1 RECENT ");
        rev1.send("s SELECT INBOX");
        assertThat(rev1.send("c SEARCH NEW")).isEqualTo("* SEARCH 1\r\nc OK SEARCH completed\r\n");
    }

    @Test
    void deprecatedCheckAndLsubStillAnswer() {
        Client rev2 = Client.rev2(store);
        assertThat(rev2.send("a LSUB \"\" S*")).isEqualTo("* LSUB () \"/\" Sent\r\na OK LSUB completed\r\n");
        rev2.send("s SELECT INBOX");
        assertThat(rev2.send("b CHECK")).isEqualTo("b OK CHECK completed\r\n");
    }

    @Test
    void statusHasDeletedAndSize() {
        store.deliver("INBOX", MESSAGE, "\\Deleted");
        store.deliver("INBOX", MESSAGE);
        Client rev2 = Client.rev2(store);
        assertThat(rev2.send("a STATUS INBOX (MESSAGES DELETED SIZE UNSEEN)")).isEqualTo("* STATUS INBOX (MESSAGES 2 "
                + "DELETED 1 SIZE " + 2 * MESSAGE.length() + " UNSEEN 2)\r\na OK STATUS completed\r\n");
    }

    @Test
    void mailboxNamesAreUtf8InBothDirections() {
        Client rev2 = Client.rev2(store);
        rev2.send("a CREATE \"Entwürfe\"");
        assertThat(rev2.send("a CREATE \"Entwürfe/März\"")).isEqualTo("a OK CREATE completed\r\n");
        assertThat(rev2.send("b LIST \"\" Entw*")).contains("* LIST (\\HasChildren) \"/\" \"Entwürfe\"",
                "* LIST (\\HasNoChildren) \"/\" \"Entwürfe/März\"");
        assertThat(rev2.send("c SELECT \"Entwürfe/März\"")).contains("* LIST () \"/\" \"Entwürfe/März\"");

        Client rev1 = Client.loggedIn(store);
        rev1.take();
        assertThat(rev1.send("b LIST \"\" Entw*")).contains("* LIST (\\HasNoChildren) \"/\" Entw&APw-rfe/M&AOQ-rz");
    }

    @Test
    void aMailboxWithChildrenIsRefusedAsHasChildren() {
        Client rev2 = Client.rev2(store);
        rev2.send("a CREATE Projects");
        rev2.send("a CREATE Projects/2026");
        assertThat(rev2.send("b DELETE Projects")).startsWith("b NO [HASCHILDREN] ");

        Client rev1 = Client.loggedIn(store);
        rev1.take();
        assertThat(rev1.send("b DELETE Projects")).startsWith("b NO [CANNOT] ");
    }

    @Test
    void theKeywordsRfc9051NamesAreKeptAndFound() {
        store.deliver("INBOX", MESSAGE);
        store.deliver("INBOX", MESSAGE);
        Client rev2 = Client.rev2(store);
        rev2.send("s SELECT INBOX");
        assertThat(rev2.send("a STORE 1 +FLAGS ($Forwarded $MDNSent $Junk $Phishing)"))
                .isEqualTo("* 1 FETCH (FLAGS ($Forwarded $Junk $MDNSent $Phishing))\r\na OK STORE completed\r\n");
        assertThat(rev2.send("b STORE 2 +FLAGS.SILENT ($NotJunk)")).isEqualTo("b OK STORE completed\r\n");
        assertThat(rev2.send("c SEARCH KEYWORD $Junk UNKEYWORD $NotJunk"))
                .isEqualTo("* ESEARCH (TAG \"c\") ALL 1\r\nc OK SEARCH completed\r\n");
        assertThat(rev2.send("d EXAMINE INBOX")).contains("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft");
    }

    @Test
    void eightBitHeadersAppendAndComeBackAsQuotedUtf8() {
        byte[] message = "Subject: Grüße\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8);
        Client rev2 = Client.rev2(store);
        assertThat(rev2.send("a APPEND INBOX UTF8 (~{" + message.length + "+}\r\n"
                + new String(message, StandardCharsets.UTF_8) + ")")).startsWith("a OK [APPENDUID 1001 1]");
        rev2.send("s SELECT INBOX");
        assertThat(rev2.send("b FETCH 1 ENVELOPE")).startsWith("* 1 FETCH (ENVELOPE (NIL \"Grüße\" ");

        Client rev1 = Client.loggedIn(store);
        rev1.send("s SELECT INBOX");
        // Without UTF8=ACCEPT or IMAP4rev2 a quoted string is 7-bit: the subject needs a literal.
        assertThat(rev1.send("b FETCH 1 ENVELOPE")).startsWith("* 1 FETCH (ENVELOPE (NIL {7}\r\nGrüße ");
    }

    @Test
    void binaryFetchAndLiteral8AppendWork() {
        Client rev2 = Client.rev2(store);
        byte[] message = "Subject: bin\r\nContent-Transfer-Encoding: base64\r\n\r\naGk=\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(rev2.send("a APPEND INBOX ~{" + message.length + "+}\r\n" + new String(message, StandardCharsets.US_ASCII)))
                .startsWith("a OK [APPENDUID 1001 1]");
        rev2.send("s SELECT INBOX");
        assertThat(rev2.send("b FETCH 1 (BINARY.SIZE[1] BINARY.PEEK[1])"))
                .isEqualTo("* 1 FETCH (BINARY.SIZE[1] 2 BINARY[1] {2}\r\nhi)\r\nb OK FETCH completed\r\n");
    }
}
