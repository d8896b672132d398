package org.flutemail.protocol.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class ImapSessionTest {

    private static final String MESSAGE = "From: bob@example.test\r\nTo: alice@example.test\r\n"
            + "Subject: Hello\r\n\r\nFirst line\r\nSecond line\r\n";

    private final InMemoryImapStore store = new InMemoryImapStore();

    @Test
    void greetingOffersStartTlsAndDisablesLoginBeforeTls() {
        Client client = new Client(store, false);
        String greeting = client.take();
        assertThat(greeting).startsWith("* OK [CAPABILITY IMAP4rev1 ").contains("STARTTLS", "LOGINDISABLED")
                .doesNotContain("AUTH=PLAIN");

        assertThat(client.send("a LOGIN " + InMemoryImapStore.USER + " " + InMemoryImapStore.PASSWORD))
                .isEqualTo("a NO [PRIVACYREQUIRED] Use STARTTLS before logging in\r\n");
        assertThat(client.send("b STARTTLS")).isEqualTo("b OK Begin TLS negotiation now\r\n");
        assertThat(client.tlsStarted).isTrue();
        assertThat(client.send("c CAPABILITY")).contains("AUTH=PLAIN").doesNotContain("STARTTLS", "LOGINDISABLED");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Client client = new Client(store, true);
        client.take();
        String wrongPassword = client.send("a LOGIN " + InMemoryImapStore.USER + " nope");
        String unknownUser = client.send("b LOGIN nobody@example.test nope");
        assertThat(wrongPassword.substring(2)).isEqualTo(unknownUser.substring(2))
                .isEqualTo("NO [AUTHENTICATIONFAILED] Invalid credentials\r\n");
        client.send("c LOGIN x y");
        client.send("d LOGIN x y");
        assertThat(client.send("e LOGIN " + InMemoryImapStore.USER + " " + InMemoryImapStore.PASSWORD))
                .isEqualTo("e NO [UNAVAILABLE] Too many failed logins; try again later\r\n");
    }

    @Test
    void authenticatePlainWithInitialResponseAndWithContinuation() {
        String credentials = Base64.getEncoder().encodeToString(("\0" + InMemoryImapStore.USER + "\0"
                + InMemoryImapStore.PASSWORD).getBytes(StandardCharsets.UTF_8));
        Client first = new Client(store, true);
        first.take();
        assertThat(first.send("a AUTHENTICATE PLAIN " + credentials)).startsWith("a OK [CAPABILITY IMAP4rev1");

        Client second = new Client(store, true);
        second.take();
        assertThat(second.send("a AUTHENTICATE PLAIN")).isEqualTo("+ \r\n");
        assertThat(second.send(credentials)).startsWith("a OK [CAPABILITY");
        assertThat(second.send("b SELECT INBOX")).contains("b OK [READ-WRITE]");
    }

    @Test
    void commandsOutOfStateAreBadAndTooManyEndTheSession() {
        Client client = new Client(store, true);
        client.take();
        assertThat(client.send("a SELECT INBOX")).isEqualTo("a BAD SELECT needs a login first\r\n");
        assertThat(client.send("b FROB")).startsWith("b BAD Unknown command FROB");
        for (int i = 0; i < 7; i++) {
            client.send("x" + i + " FETCH 1 FLAGS");
        }
        assertThat(client.closed).isFalse();
        assertThat(client.send("z NOOP NOOP")).contains("* BYE Too many invalid commands");
        assertThat(client.closed).isTrue();
        assertThat(client.session.ended()).isTrue();
    }

    @Test
    void selectReportsTheMailbox() {
        store.deliver("INBOX", MESSAGE, "\\Seen");
        store.deliver("INBOX", MESSAGE);
        Client client = Client.loggedIn(store);
        client.take();
        String response = client.send("s SELECT INBOX");
        assertThat(client.lines(response)).contains("* 2 EXISTS", "* 2 RECENT", "* OK [UNSEEN 2] First unseen message",
                "* OK [UIDVALIDITY 1001] UIDs valid", "* OK [UIDNEXT 3] Predicted next UID",
                "s OK [READ-WRITE] SELECT completed");
        assertThat(client.send("e EXAMINE INBOX")).contains("* OK [CLOSED]", "e OK [READ-ONLY] EXAMINE completed");
        assertThat(client.send("f SELECT Nowhere"))
                .isEqualTo("* OK [CLOSED] Previous mailbox closed\r\nf NO [NONEXISTENT] No such mailbox\r\n");
        assertThat(client.send("g FETCH 1 FLAGS")).startsWith("g BAD");
    }

    @Test
    void fetchBodyMarksSeenButPeekDoesNot() {
        long uid = store.deliver("INBOX", MESSAGE);
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        assertThat(client.send("a FETCH 1 (BODY.PEEK[HEADER.FIELDS (subject)])"))
                .isEqualTo("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] {18}\r\nSubject: Hello\r\n\r\n)\r\n"
                        + "a OK FETCH completed\r\n");
        assertThat(store.flags("INBOX", uid)).isEmpty();
        assertThat(client.send("b FETCH 1 (BODY[TEXT]<6.4>)"))
                .isEqualTo("* 1 FETCH (BODY[TEXT]<6> {4}\r\nline FLAGS (\\Recent \\Seen))\r\nb OK FETCH completed\r\n");
        assertThat(store.flags("INBOX", uid)).containsExactly("\\Seen");
        assertThat(client.send("c UID FETCH 1:* (RFC822.SIZE FLAGS)"))
                .isEqualTo("* 1 FETCH (RFC822.SIZE " + MESSAGE.length() + " FLAGS (\\Recent \\Seen) UID " + uid + ")\r\n"
                        + "c OK UID FETCH completed\r\n");
        assertThat(client.send("d FETCH 1 RFC822")).contains("RFC822 {" + MESSAGE.length() + "}\r\n" + MESSAGE + ")");
    }

    @Test
    void fetchesPartsOfANestedMessage() {
        String inner = "Subject: inner\r\n\r\ninner body\r\n";
        String message = "Subject: outer\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "preamble\r\n--b1\r\nContent-Type: text/plain\r\n\r\npart one\r\n"
                + "--b1\r\nContent-Type: message/rfc822\r\n\r\n" + inner + "--b1--\r\nepilogue\r\n";
        store.deliver("INBOX", message, "\\Seen");
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        assertThat(client.send("a FETCH 1 (BODY[1] BODY[1.MIME] BODY[2.HEADER] BODY[2.1])"))
                .isEqualTo("* 1 FETCH (BODY[1] {8}\r\npart one BODY[1.MIME] {28}\r\nContent-Type: text/plain\r\n\r\n"
                        + " BODY[2.HEADER] {18}\r\nSubject: inner\r\n\r\n BODY[2.1] {10}\r\ninner body)\r\n"
                        + "a OK FETCH completed\r\n");
        assertThat(client.send("b FETCH 1 BODY[3]")).startsWith("* 1 FETCH (BODY[3] {0}\r\n)");
    }

    @Test
    void storeAnswersWithNewFlagsUnlessSilent() {
        store.deliver("INBOX", MESSAGE);
        long second = store.deliver("INBOX", MESSAGE);
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        assertThat(client.send("a STORE 1:2 +FLAGS (\\Flagged)"))
                .isEqualTo("* 1 FETCH (FLAGS (\\Recent \\Flagged))\r\n* 2 FETCH (FLAGS (\\Recent \\Flagged))\r\na OK STORE completed\r\n");
        assertThat(client.send("b UID STORE " + second + " -FLAGS.SILENT (\\Flagged)"))
                .isEqualTo("b OK UID STORE completed\r\n");
        assertThat(store.flags("INBOX", second)).isEmpty();
        assertThat(client.send("c STORE 3 +FLAGS (\\Seen)")).isEqualTo("c BAD Invalid message sequence number\r\n");
        client.send("e EXAMINE INBOX");
        assertThat(client.send("d STORE 1 +FLAGS (\\Seen)")).startsWith("d NO [CANNOT]");
    }

    @Test
    void expungeNumbersEachRemovalAfterThePreviousOne() {
        for (int i = 0; i < 4; i++) {
            store.deliver("INBOX", MESSAGE);
        }
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        client.send("a STORE 2:3 +FLAGS.SILENT (\\Deleted)");
        assertThat(client.send("b EXPUNGE")).isEqualTo("* 2 EXPUNGE\r\n* 2 EXPUNGE\r\nb OK EXPUNGE completed\r\n");
        assertThat(store.size("INBOX")).isEqualTo(2);
        assertThat(client.send("c FETCH 2 UID")).isEqualTo("* 2 FETCH (UID 4)\r\nc OK FETCH completed\r\n");
    }

    @Test
    void anotherSessionsExpungeWaitsUntilTheClientMayHearIt() {
        for (int i = 0; i < 3; i++) {
            store.deliver("INBOX", MESSAGE);
        }
        Client reader = Client.loggedIn(store);
        Client cleaner = Client.loggedIn(store);
        reader.send("s SELECT INBOX");
        cleaner.send("s SELECT INBOX");
        cleaner.send("a STORE 1 +FLAGS.SILENT (\\Deleted)");
        cleaner.send("b EXPUNGE");
        store.deliver("INBOX", MESSAGE);

        String duringFetch = reader.send("a FETCH 1:3 UID");
        assertThat(duringFetch).doesNotContain("EXPUNGE").contains("* 4 EXISTS", "* 1 FETCH (UID 1)");
        assertThat(reader.send("b UID FETCH 1 FLAGS")).contains("* 1 EXPUNGE").contains("b OK");
        assertThat(reader.send("c FETCH 3 UID")).isEqualTo("* 3 FETCH (UID 4)\r\nc OK FETCH completed\r\n");
    }

    @Test
    void idleHearsOfNewMailWhenTheStoreSaysSo() {
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        assertThat(client.send("i IDLE")).isEqualTo("+ idling\r\n");
        store.deliver("INBOX", MESSAGE);
        client.session.mailboxChanged();
        assertThat(client.take()).isEqualTo("* 1 EXISTS\r\n* 1 RECENT\r\n");
        assertThat(client.send("DONE")).isEqualTo("i OK IDLE terminated\r\n");
        assertThat(client.send("n NOOP")).isEqualTo("n OK NOOP completed\r\n");
    }

    @Test
    void flagChangesOfOtherSessionsAreAnnounced() {
        store.deliver("INBOX", MESSAGE);
        Client first = Client.loggedIn(store);
        Client second = Client.loggedIn(store);
        first.send("s SELECT INBOX");
        second.send("s SELECT INBOX");
        second.send("a STORE 1 +FLAGS (\\Answered)");
        assertThat(first.send("n NOOP")).isEqualTo("* 1 FETCH (FLAGS (\\Recent \\Answered))\r\nn OK NOOP completed\r\n");
    }

    @Test
    void copyAndMoveReportUids() {
        store.deliver("INBOX", MESSAGE);
        store.deliver("INBOX", MESSAGE);
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        assertThat(client.send("a COPY 1:2 Sent")).isEqualTo("a OK [COPYUID 1002 1:2 1:2] COPY completed\r\n");
        assertThat(client.send("b MOVE 1 Trash"))
                .isEqualTo("* OK [COPYUID 1003 1 1] Moved\r\n* 1 EXPUNGE\r\nb OK MOVE completed\r\n");
        assertThat(client.send("c COPY 1 Nowhere")).isEqualTo("c NO [TRYCREATE] No such mailbox\r\n");
        assertThat(store.size("INBOX")).isEqualTo(1);
        assertThat(store.size("Trash")).isEqualTo(1);
    }

    @Test
    void appendWithALiteralAndAnnouncesItInTheSelectedMailbox() {
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        assertThat(client.send("a APPEND INBOX (\\Seen) {" + MESSAGE.length() + "}")).isEqualTo("+ Ready for literal data\r\n");
        String response = client.send(MESSAGE);
        assertThat(response).isEqualTo("* 1 EXISTS\r\n* 1 RECENT\r\na OK [APPENDUID 1001 1] APPEND completed\r\n");
        assertThat(store.flags("INBOX", 1)).containsExactly("\\Seen");
        assertThat(client.send("b APPEND Nowhere {3+}\r\nabc")).isEqualTo("b NO [TRYCREATE] No such mailbox\r\n");
    }

    @Test
    void listShowsHierarchySpecialUseAndTheDelimiter() {
        Client client = Client.loggedIn(store);
        client.send("c CREATE Projects/2026/");
        client.send("d CREATE Projects");
        assertThat(client.send("l LIST \"\" \"\"")).isEqualTo("* LIST (\\Noselect) \"/\" \"\"\r\nl OK LIST completed\r\n");
        String all = client.send("m LIST \"\" *");
        assertThat(client.lines(all)).contains("* LIST (\\HasNoChildren) \"/\" INBOX",
                "* LIST (\\HasNoChildren \\Sent) \"/\" Sent", "* LIST (\\HasChildren) \"/\" Projects",
                "* LIST (\\HasNoChildren) \"/\" Projects/2026");
        String top = client.send("n LIST \"\" %");
        assertThat(top).doesNotContain("Projects/2026").contains("Projects");
        assertThat(client.send("o LIST Projects/ %")).contains("Projects/2026").doesNotContain("INBOX");
        assertThat(client.send("p CREATE Sent")).isEqualTo("p NO [ALREADYEXISTS] Mailbox already exists\r\n");
    }

    @Test
    void renameDeleteAndStatus() {
        store.deliver("INBOX", MESSAGE, "\\Seen");
        store.deliver("INBOX", MESSAGE);
        Client client = Client.loggedIn(store);
        assertThat(client.send("a STATUS INBOX (MESSAGES UNSEEN UIDNEXT SIZE)"))
                .startsWith("* STATUS INBOX (MESSAGES 2 UNSEEN 1 UIDNEXT 3 SIZE " + 2 * MESSAGE.length() + ")");
        client.send("b CREATE Old");
        assertThat(client.send("c RENAME Old New")).isEqualTo("c OK RENAME completed\r\n");
        assertThat(client.send("d DELETE Old")).startsWith("d NO [NONEXISTENT]");
        assertThat(client.send("e DELETE INBOX")).startsWith("e NO [CANNOT]");
        assertThat(client.send("f DELETE New")).isEqualTo("f OK DELETE completed\r\n");
    }

    @Test
    void searchBySequenceNumberAndByUid() {
        store.deliver("INBOX", MESSAGE, "\\Seen");
        store.deliver("INBOX", "Subject: other\r\n\r\nzebra\r\n");
        store.deliver("INBOX", MESSAGE);
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        client.send("a STORE 1 +FLAGS.SILENT (\\Deleted)");
        client.send("b EXPUNGE");
        assertThat(client.send("c SEARCH UNSEEN")).isEqualTo("* SEARCH 1 2\r\nc OK SEARCH completed\r\n");
        assertThat(client.send("d UID SEARCH BODY zebra")).isEqualTo("* SEARCH 2\r\nd OK UID SEARCH completed\r\n");
        assertThat(client.send("e SEARCH NOT 1")).isEqualTo("* SEARCH 2\r\ne OK SEARCH completed\r\n");
        assertThat(client.send("f UID SEARCH RETURN (MIN COUNT) ALL"))
                .isEqualTo("* ESEARCH (TAG \"f\") UID MIN 2 COUNT 2\r\nf OK UID SEARCH completed\r\n");
    }

    @Test
    void logoutSaysByeAndCloses() {
        Client client = Client.loggedIn(store);
        assertThat(client.send("z LOGOUT")).isEqualTo("* BYE Logging out\r\nz OK LOGOUT completed\r\n");
        assertThat(client.closed).isTrue();
    }

    @Test
    void listCanReturnStatusAndMultiappendTakesSeveralMessages() {
        Client client = Client.loggedIn(store);
        assertThat(client.send("a APPEND Sent (\\Seen) {6+}\r\nx: 1\r\n {6+}\r\nx: 2\r\n"))
                .isEqualTo("a OK [APPENDUID 1002 1:2] APPEND completed\r\n");
        String list = client.send("b LIST \"\" Sent RETURN (STATUS (MESSAGES UNSEEN))");
        assertThat(client.lines(list)).containsExactly("* LIST (\\HasNoChildren \\Sent) \"/\" Sent",
                "* STATUS Sent (MESSAGES 2 UNSEEN 1)", "b OK LIST completed");
        assertThat(client.send("c CAPABILITY")).contains("MULTIAPPEND", "LIST-STATUS", "APPENDLIMIT=");
    }

    @Test
    void savedSearchResultsChangedSinceAndQuota() {
        store.deliver("INBOX", MESSAGE);
        store.deliver("INBOX", MESSAGE, "\\Seen");
        store.deliver("INBOX", MESSAGE);
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        assertThat(client.send("a SEARCH RETURN (SAVE) UNSEEN")).isEqualTo("a OK SEARCH completed\r\n");
        assertThat(client.send("b FETCH $ (UID)"))
                .isEqualTo("* 1 FETCH (UID 1)\r\n* 3 FETCH (UID 3)\r\nb OK FETCH completed\r\n");
        String stored = client.send("c STORE $ +FLAGS.SILENT (\\Answered)");
        assertThat(stored).isEqualTo("c OK STORE completed\r\n");
        assertThat(client.send("d FETCH 1:* (FLAGS) (CHANGEDSINCE 4)"))
                .matches("(?s)\\* OK \\[HIGHESTMODSEQ \\d+\\] Highest mod-sequence\r\n\\* 1 FETCH \\(FLAGS \\(\\\\Recent \\\\Answered\\) MODSEQ \\(\\d+\\)\\)\r\n"
                        + "\\* 3 FETCH \\(FLAGS \\(\\\\Recent \\\\Answered\\) MODSEQ \\(\\d+\\)\\)\r\nd OK FETCH completed\r\n");
        assertThat(client.send("e GETQUOTAROOT INBOX")).isEqualTo("* QUOTAROOT INBOX \"\"\r\n"
                + "* QUOTA \"\" (STORAGE 1 10)\r\ne OK GETQUOTAROOT completed\r\n");
        assertThat(client.send("f GETQUOTA nothing")).startsWith("f NO [NONEXISTENT]");
    }

    @Test
    void anAccountWithoutALimitStillHasItsQuotaRoot() {
        store.quotaLimit = -1;
        Client client = Client.loggedIn(store);
        assertThat(client.send("a GETQUOTAROOT INBOX"))
                .isEqualTo("* QUOTAROOT INBOX \"\"\r\n* QUOTA \"\" ()\r\na OK GETQUOTAROOT completed\r\n");
        assertThat(client.send("b GETQUOTA \"\"")).isEqualTo("* QUOTA \"\" ()\r\nb OK GETQUOTA completed\r\n");
    }

    @Test
    void recentBelongsToTheFirstSessionThatSelectsAndExamineLeavesIt() {
        store.deliver("INBOX", MESSAGE);
        Client examiner = Client.loggedIn(store);
        assertThat(examiner.send("e EXAMINE INBOX")).contains("* 1 RECENT");
        Client first = Client.loggedIn(store);
        Client second = Client.loggedIn(store);
        assertThat(first.send("s SELECT INBOX")).contains("* 1 RECENT");
        assertThat(second.send("s SELECT INBOX")).contains("* 0 RECENT");
        assertThat(first.send("a SEARCH RECENT")).isEqualTo("* SEARCH 1\r\na OK SEARCH completed\r\n");
        assertThat(second.send("a SEARCH NEW")).isEqualTo("* SEARCH\r\na OK SEARCH completed\r\n");
        assertThat(second.send("b STATUS Sent (RECENT)")).startsWith("* STATUS Sent (RECENT 0)");
    }

    @Test
    void binaryUndoesTheTransferEncodingOfAPart() {
        store.deliver("INBOX", "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\naGVsbG8AeA==\r\n--b\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\nsoft=\r\n break =3D done\r\n--b\r\n"
                + "Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin\r\n--b--\r\n", "\\Seen");
        Client client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
        assertThat(client.send("a FETCH 1 (BINARY.PEEK[1] BINARY.SIZE[2] BINARY[2]<0.4>)")).isEqualTo(
                "* 1 FETCH (BINARY[1] ~{7}\r\nhello\0x BINARY.SIZE[2] 17 BINARY[2]<0> {4}\r\nsoft)\r\n"
                        + "a OK FETCH completed\r\n");
        assertThat(client.send("b FETCH 1 BINARY.PEEK[3]")).startsWith("b NO [UNKNOWN-CTE]");
    }

    @Test
    void qresyncReportsVanishedAndChangedMessagesOnSelect() {
        for (int i = 0; i < 3; i++) {
            store.deliver("INBOX", MESSAGE);
        }
        Client other = Client.loggedIn(store);
        other.send("s SELECT INBOX");
        String highest = other.send("h STATUS INBOX (HIGHESTMODSEQ)").replaceAll("(?s).*HIGHESTMODSEQ (\\d+).*", "$1");
        other.send("a STORE 1 +FLAGS.SILENT (\\Deleted)");
        other.send("b EXPUNGE");
        other.send("c STORE 2 +FLAGS.SILENT (\\Flagged)");

        Client client = Client.loggedIn(store);
        assertThat(client.send("e SELECT INBOX (QRESYNC (1001 " + highest + "))")).startsWith("e BAD");
        assertThat(client.send("f ENABLE QRESYNC")).startsWith("* ENABLED QRESYNC");
        String select = client.send("g SELECT INBOX (QRESYNC (1001 " + highest + " 1:3))");
        assertThat(client.lines(select)).contains("* VANISHED (EARLIER) 1").anyMatch(line ->
                line.matches("\\* 2 FETCH \\(UID 3 FLAGS \\(\\\\Flagged\\) MODSEQ \\(\\d+\\)\\)"));
        other.send("d STORE 1 +FLAGS.SILENT (\\Deleted)");
        other.send("e EXPUNGE");
        assertThat(client.send("n NOOP")).isEqualTo("* VANISHED 2\r\nn OK NOOP completed\r\n");
    }

    @Test
    void compressDeflateIsAgreedOnce() {
        Client client = Client.loggedIn(store);
        assertThat(client.send("a COMPRESS GZIP")).startsWith("a NO [CANNOT]");
        assertThat(client.send("b COMPRESS DEFLATE")).isEqualTo("b OK DEFLATE active\r\n");
        assertThat(client.compressed).isTrue();
        assertThat(client.send("c COMPRESS DEFLATE")).startsWith("c NO [COMPRESSIONACTIVE]");
    }
}
