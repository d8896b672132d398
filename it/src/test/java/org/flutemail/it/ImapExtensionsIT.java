package org.flutemail.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.ImapConnection;
import org.flutemail.it.support.PythonImap;
import org.junit.jupiter.api.Test;

/**
 * Every extension the server announces, driven by Python's imaplib (and, where imaplib cannot say
 * it, by raw commands): each one's answer is checked against what its RFC says, so a client that
 * relies on the announcement gets what it was promised.
 */
@FluteServerTest(portOffset = 2100)
class ImapExtensionsIT {

    private static final List<String> ANNOUNCED = List.of("IMAP4REV1", "IDLE", "NAMESPACE", "UIDPLUS", "MOVE",
            "UNSELECT", "SPECIAL-USE", "CREATE-SPECIAL-USE", "CHILDREN", "LIST-EXTENDED", "LIST-STATUS", "ENABLE",
            "LITERAL+", "ID", "ESEARCH", "SEARCHRES", "SORT", "THREAD=REFERENCES", "THREAD=ORDEREDSUBJECT",
            "CONDSTORE", "QRESYNC", "QUOTA", "UTF8=ACCEPT", "BINARY", "MULTIAPPEND", "STATUS=SIZE",
            "COMPRESS=DEFLATE");

    private final FluteServer server;
    private final FluteApi api;

    ImapExtensionsIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @Test
    void capabilityIdEnableNamespaceAndUnselect() {
        String alice = api.createAccount("imapx-basics");
        PythonImap.Run run = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "capability")
                .step("a", "xatom", "ID", "(\"name\" \"imaplib\" \"version\" \"3.11\")")
                .step("a", "namespace")
                .step("a", "enable", "CONDSTORE")
                .step("a", "append", "INBOX", "", "", PythonImap.octets(message("Subject: keep me\r\n", "body")))
                .step("a", "select", "INBOX")
                .step("a", "store", "1", "+FLAGS", "(\\Deleted)")
                .step("a", "unselect")
                .step("a", "status", "INBOX", "(MESSAGES)")
                .run();

        String capabilities = String.join(" ", run.result(0).lines()).toUpperCase();
        assertThat(capabilities.split(" ")).contains(ANNOUNCED.toArray(String[]::new));
        assertThat(capabilities).containsPattern("APPENDLIMIT=\\d+");
        assertThat(run.result(1).typ()).isEqualTo("OK");
        assertThat(run.result(1).untagged("ID")).singleElement().asString().contains("\"name\"");
        assertThat(run.result(2).lines()).containsExactly("((\"\" \"/\")) NIL NIL");
        assertThat(run.result(3).untagged("ENABLED")).containsExactly("CONDSTORE");
        // UNSELECT leaves the mailbox without expunging what is marked \Deleted (RFC 3691).
        assertThat(run.result(7).typ()).isEqualTo("OK");
        assertThat(run.result(7).untagged("EXPUNGE")).isEmpty();
        assertThat(run.result(8).lines()).containsExactly("INBOX (MESSAGES 1)");
    }

    @Test
    void esearchSearchresSortAndThread() {
        String alice = api.createAccount("imapx-search");
        PythonImap.Run run = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "append", "INBOX", "", "", PythonImap.octets(message(
                        "Subject: Budget\r\nMessage-ID: <b1@example.test>\r\nDate: Mon, 5 Jan 2026 10:00:00 +0000\r\n",
                        "first")))
                .step("a", "append", "INBOX", "", "", PythonImap.octets(message(
                        "Subject: Re: Budget\r\nMessage-ID: <b2@example.test>\r\nIn-Reply-To: <b1@example.test>\r\n"
                                + "References: <b1@example.test>\r\nDate: Tue, 6 Jan 2026 10:00:00 +0000\r\n",
                        "second")))
                .step("a", "append", "INBOX", "", "", PythonImap.octets(message(
                        "Subject: Agenda\r\nMessage-ID: <a1@example.test>\r\nDate: Wed, 7 Jan 2026 10:00:00 +0000\r\n",
                        "third")))
                .step("a", "select", "INBOX")
                .step("a", "uid", "SEARCH", "RETURN", "(MIN MAX COUNT)", "ALL")
                .step("a", "uid", "SEARCH", "RETURN", "(SAVE)", "SUBJECT", "Budget")
                .step("a", "uid", "FETCH", "$", "(FLAGS)")
                .step("a", "sort", "(SUBJECT)", "UTF-8", "ALL")
                .step("a", "sort", "(REVERSE DATE)", "UTF-8", "ALL")
                .step("a", "thread", "REFERENCES", "UTF-8", "ALL")
                .step("a", "thread", "ORDEREDSUBJECT", "UTF-8", "ALL")
                .step("a", "uid", "SEARCH", "RETURN", "()", "NOT", "SUBJECT", "Budget")
                .run();

        assertThat(run.result(4).untagged("ESEARCH")).singleElement().asString()
                .matches("\\(TAG \"[^\"]+\"\\) UID MIN 1 MAX 3 COUNT 3");
        // RETURN (SAVE) alone answers nothing; $ then stands for the saved result (RFC 5182).
        assertThat(run.result(5).typ()).isEqualTo("OK");
        assertThat(run.result(5).untagged("ESEARCH")).isEmpty();
        assertThat(run.result(6).lines()).hasSize(2).satisfiesExactly(
                first -> assertThat(first).startsWith("1 (").contains("UID 1"),
                second -> assertThat(second).startsWith("2 (").contains("UID 2"));
        assertThat(run.result(7).lines()).containsExactly("3 1 2");
        assertThat(run.result(8).lines()).containsExactly("3 2 1");
        assertThat(run.result(9).lines()).containsExactly("(1 2)(3)");
        assertThat(run.result(10).lines()).containsExactly("(1 2)(3)");
        // An empty RETURN list means ALL, answered as ESEARCH (RFC 4731).
        assertThat(run.result(11).untagged("ESEARCH")).singleElement().asString().endsWith(" UID ALL 3");
    }

    @Test
    void condstoreAndQresyncLetAClientResynchronise() {
        String alice = api.createAccount("imapx-qresync");
        PythonImap.Run first = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "append", "INBOX", "", "", PythonImap.octets(message("Subject: one\r\n", "1")))
                .step("a", "append", "INBOX", "", "", PythonImap.octets(message("Subject: two\r\n", "2")))
                .step("a", "append", "INBOX", "", "", PythonImap.octets(message("Subject: three\r\n", "3")))
                .step("a", "enable", "QRESYNC")
                .step("a", "select", "INBOX")
                .run();
        long validity = Long.parseLong(first.result(4).untagged("UIDVALIDITY").get(0));
        long before = Long.parseLong(first.result(4).untagged("HIGHESTMODSEQ").get(0));

        PythonImap.Run run = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .session("b", alice, ACCOUNT_PASSWORD)
                .step("a", "enable", "CONDSTORE")
                .step("a", "select", "INBOX")
                .step("a", "store", "1", "+FLAGS", "(\\Seen)")
                .step("a", "fetch", "1:*", "(FLAGS) (CHANGEDSINCE " + before + ")")
                .step("a", "_simple_command", "STORE", "2", "(UNCHANGEDSINCE 1)", "+FLAGS", "(\\Answered)")
                .step("a", "store", "3", "+FLAGS", "(\\Deleted)")
                .step("a", "expunge")
                .step("b", "enable", "QRESYNC")
                .step("b", "_simple_command", "SELECT", "INBOX", "(QRESYNC (" + validity + " " + before + "))")
                .run();

        List<String> stored = run.result(2).lines();
        assertThat(stored).singleElement().asString().matches("1 \\(FLAGS \\(\\\\Seen\\) MODSEQ \\(\\d+\\)\\)");
        long afterStore = modseq(stored.get(0));
        assertThat(afterStore).isGreaterThan(before);
        assertThat(run.result(3).lines()).singleElement().asString()
                .isEqualTo("1 (FLAGS (\\Seen) MODSEQ (" + afterStore + "))");
        // A conditional STORE against an older mod-sequence changes nothing and says which failed (RFC 7162).
        assertThat(run.result(4).typ()).isEqualTo("OK");
        assertThat(run.result(4).lines().get(0)).startsWith("[MODIFIED 2]");
        assertThat(run.result(6).lines()).containsExactly("3");
        assertThat(run.result(7).untagged("ENABLED")).containsExactly("QRESYNC");
        assertThat(run.result(8).typ()).isEqualTo("OK");
        assertThat(run.result(8).untagged("VANISHED")).containsExactly("(EARLIER) 3");
        assertThat(run.result(8).untagged("FETCH")).anySatisfy(fetch ->
                assertThat(fetch).startsWith("1 (").contains("UID 1").contains("\\Seen"));
        assertThat(run.result(8).untagged("FETCH")).noneSatisfy(fetch -> assertThat(fetch).contains("UID 2"));
    }

    @Test
    void quotaBinaryStatusSizeSpecialUseAndListExtended() {
        String alice = api.createAccount("imapx-quota");
        api.send("PUT", "accounts/" + FluteApi.segment(alice), java.util.Map.of("quotaBytes", 10_240_000)).expect(200);
        byte[] withAttachment = ("Subject: report\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "SGVsbG8sIGJpbmFyeSB3b3JsZCE=\r\n--b--\r\n").getBytes(US_ASCII);
        PythonImap.Run run = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "append", "INBOX", "", "", PythonImap.octets(withAttachment))
                .step("a", "getquotaroot", "INBOX")
                .step("a", "select", "INBOX")
                .step("a", "fetch", "1", "(BINARY.SIZE[1] BINARY.PEEK[1])")
                .step("a", "status", "INBOX", "(MESSAGES SIZE)")
                .step("a", "_simple_command", "CREATE", "Kept", "(USE (\\Archive))")
                .step("a", "_simple_command", "LIST", "(SPECIAL-USE)", "\"\"", "*")
                .step("a", "_simple_command", "LIST", "\"\"", "*", "RETURN", "(CHILDREN STATUS (MESSAGES UNSEEN))")
                .step("a", "_simple_command", "CREATE", "Bad", "(USE (\\Nonsense))")
                .run();

        // imaplib answers GETQUOTAROOT with the QUOTAROOT line, then the QUOTA line.
        assertThat(run.result(1).lines()).as(run.result(1).json().toString()).hasSize(2);
        assertThat(run.result(1).lines().get(0)).isEqualTo("INBOX \"\"");
        Matcher quota = Pattern.compile("\"\" \\(STORAGE (\\d+) (\\d+)\\)").matcher(run.result(1).lines().get(1));
        assertThat(quota.matches()).as(run.result(1).lines().get(1)).isTrue();
        // STORAGE is in units of 1024 octets (RFC 9208): one small message rounds up to 1.
        assertThat(Long.parseLong(quota.group(1))).isEqualTo(1);
        assertThat(Long.parseLong(quota.group(2))).isEqualTo(10_000);
        assertThat(run.result(3).lines().get(0)).contains("BINARY.SIZE[1] 20").contains("BINARY[1] {20}");
        assertThat(new String(run.result(3).literal(0), US_ASCII)).isEqualTo("Hello, binary world!");
        assertThat(run.result(4).lines()).containsExactly("INBOX (MESSAGES 1 SIZE " + withAttachment.length + ")");
        assertThat(run.result(5).typ()).isEqualTo("OK");
        assertThat(run.result(6).untagged("LIST")).anySatisfy(line -> assertThat(line).matches("\\(.*\\\\Archive.*\\) \"/\" Kept"))
                .noneSatisfy(line -> assertThat(line).endsWith(" INBOX"));
        assertThat(run.result(7).untagged("LIST")).contains("(\\HasNoChildren) \"/\" INBOX");
        assertThat(run.result(7).untagged("STATUS")).anySatisfy(line -> assertThat(line)
                .matches("\"?INBOX\"? \\(MESSAGES 1 UNSEEN 1\\)"));
        // A special use the server does not know is refused with the code RFC 6154 names.
        assertThat(run.result(8).typ()).isEqualTo("NO");
        assertThat(run.result(8).lines().get(0)).startsWith("[USEATTR]");
    }

    @Test
    void multiappendWithNonSynchronisingLiteralsIsAllOrNothing() throws IOException {
        String alice = api.createAccount("imapx-multi");
        byte[] one = message("Subject: m1\r\n", "one");
        byte[] two = message("Subject: m2\r\n", "two");
        try (ImapConnection imap = ImapConnection.open(server, Duration.ofSeconds(20))) {
            imap.send("l LOGIN " + alice + " " + ACCOUNT_PASSWORD + "\r\n");
            assertThat(last(imap.readUntilTagged("l"))).startsWith("l OK");

            imap.send("m APPEND INBOX (\\Seen) {" + one.length + "+}\r\n");
            imap.send(one);
            imap.send(" {" + two.length + "+}\r\n");
            imap.send(two);
            imap.send("\r\n");
            String appended = last(imap.readUntilTagged("m"));
            assertThat(appended).matches("m OK \\[APPENDUID \\d+ 1:2\\] .*");

            // The second message's flag list is never closed: the command is refused and its first message not stored.
            imap.send("n APPEND INBOX {" + one.length + "+}\r\n");
            imap.send(one);
            imap.send(" (\\Bogus-Flag {3+}\r\nxyz\r\n");
            assertThat(last(imap.readUntilTagged("n"))).startsWith("n BAD");

            imap.send("s STATUS INBOX (MESSAGES)\r\n");
            assertThat(imap.readUntilTagged("s")).contains("* STATUS INBOX (MESSAGES 2)");
        }
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    private static long modseq(String fetch) {
        Matcher matcher = Pattern.compile("MODSEQ \\((\\d+)\\)").matcher(fetch);
        assertThat(matcher.find()).as(fetch).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static byte[] message(String headers, String body) {
        return ("From: sender@example.org\r\nTo: someone@example.test\r\n" + headers + "\r\n" + body + "\r\n")
                .getBytes(US_ASCII);
    }
}
