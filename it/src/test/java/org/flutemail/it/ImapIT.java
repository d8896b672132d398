package org.flutemail.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;
import static org.flutemail.it.support.TestMessages.SENDER;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flutemail.it.support.Curl;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.ImapConnection;
import org.flutemail.it.support.Mbsync;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.TestMessages.RawMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading and organising mail with IMAP, with Python's imaplib and curl: mail delivered by SMTP read
 * back byte for byte, structure, search in Chinese charsets, flags, folders, two sessions seeing each
 * other's changes, and IDLE hearing of new mail.
 */
@FluteServerTest(portOffset = 1600)
class ImapIT {

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    ImapIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    private MessageSummary deliver(String address, RawMessage message) {
        assertThat(new PythonSmtp(server).send(SENDER, List.of(address), message.bytes()).sent()).isTrue();
        return probe.awaitInInbox(address, message.messageId());
    }

    @Test
    void loginNeedsTlsAndFailsAlikeForUnknownUsersAndWrongPasswords() {
        String alice = api.createAccount("imap-login");
        PythonImap.Run clear = PythonImap.cleartext(server).step("x", "login_as", alice, ACCOUNT_PASSWORD).run();
        assertThat(clear.capabilities()).contains("STARTTLS", "LOGINDISABLED").doesNotContain("AUTH=PLAIN");
        assertThat(clear.result(0).error()).contains("PRIVACYREQUIRED");

        PythonImap.Run tls = PythonImap.withStartTls(server)
                .step("a", "login_as", alice, "wrong-password")
                .step("b", "login_as", "nobody-" + alice, "wrong-password")
                .step("c", "login_as", alice, ACCOUNT_PASSWORD)
                .run();
        assertThat(tls.result(0).error()).contains("AUTHENTICATIONFAILED")
                .isEqualTo(tls.result(1).error());
        assertThat(tls.result(2).typ()).isEqualTo("OK");
    }

    @Test
    void mailFromSmtpReadsBackByteForByteWithItsStructure() {
        String alice = api.createAccount("imap-read");
        MessageSummary simple = deliver(alice, TestMessages.simple(alice, "plain one"));
        MessageSummary tricky = deliver(alice, TestMessages.tricky(alice));

        PythonImap.Run run = PythonImap.implicitTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "select", "INBOX")
                .step("a", "fetch", "1:*", "(UID FLAGS RFC822.SIZE)")
                .step("a", "uid", "FETCH", Long.toString(tricky.uid()), "(BODY.PEEK[])")
                .step("a", "fetch", "1", "(ENVELOPE BODYSTRUCTURE)")
                .step("a", "fetch", "2", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
                .run();

        assertThat(run.result(0).lines()).containsExactly("2");
        assertThat(run.result(1).lines()).containsExactly(
                "1 (UID " + simple.uid() + " FLAGS (\\Recent) RFC822.SIZE " + simple.size() + ")",
                "2 (UID " + tricky.uid() + " FLAGS (\\Recent) RFC822.SIZE " + tricky.size() + ")");
        assertThat(run.result(2).literal(0)).isEqualTo(api.content(alice, MailboxProbe.INBOX, tricky.uid()));
        assertThat(run.result(3).lines().get(0)).contains("\"plain one\"")
                .contains("(\"text\" \"plain\" (\"charset\" \"US-ASCII\") NIL NIL \"7bit\"");
        assertThat(new String(run.result(4).literal(0), US_ASCII))
                .isEqualTo("Subject: Byte-exact delivery test\r\n\r\n");
    }

    @Test
    void searchFindsChineseTextWhateverTheMessageCharset() {
        String alice = api.createAccount("imap-search");
        Charset gb2312 = Charset.forName("GB2312");
        Charset big5 = Charset.forName("Big5");
        byte[] gbBody = ("Subject: =?gb2312?B?" + base64("会议通知", gb2312) + "?=\r\n"
                + "Content-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + base64("明天上午十点开会", gb2312) + "\r\n").getBytes(US_ASCII);
        byte[] big5Body = ("Subject: =?big5?B?" + base64("繁體主題", big5) + "?=\r\n"
                + "Content-Type: text/plain; charset=big5\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + base64("臺北的天氣很好", big5) + "\r\n").getBytes(US_ASCII);
        byte[] utf8Body = "Subject: 简体 UTF-8\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n你好世界\r\n"
                .getBytes(UTF_8);

        PythonImap.Run run = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "append", "INBOX", "", "", PythonImap.octets(gbBody))
                .step("a", "append", "INBOX", "", "", PythonImap.octets(big5Body))
                .step("a", "append", "INBOX", "", "", PythonImap.octets(utf8Body))
                .step("a", "select", "INBOX")
                .step("a", "search", "UTF-8", "BODY", PythonImap.utf8("十点"))
                .step("a", "search", "UTF-8", "SUBJECT", PythonImap.utf8("会议"))
                .step("a", "search", "UTF-8", "TEXT", PythonImap.utf8("臺北"))
                .step("a", "search", "UTF-8", "SUBJECT", PythonImap.utf8("繁體"))
                .step("a", "search", "UTF-8", "BODY", PythonImap.utf8("世界"))
                .step("a", "search", "UTF-8", "BODY", PythonImap.utf8("不存在"))
                .run();

        assertThat(run.result(0).typ()).isEqualTo("OK");
        assertThat(run.result(0).lines().get(0)).startsWith("[APPENDUID ");
        assertThat(run.result(4).lines()).containsExactly("1");
        assertThat(run.result(5).lines()).containsExactly("1");
        assertThat(run.result(6).lines()).containsExactly("2");
        assertThat(run.result(7).lines()).containsExactly("2");
        assertThat(run.result(8).lines()).containsExactly("3");
        assertThat(run.result(9).lines()).containsExactly("");
    }

    @Test
    void twoSessionsSeeEachOthersFlagsCopiesAndExpunges() {
        String alice = api.createAccount("imap-two");
        deliver(alice, TestMessages.simple(alice, "first"));
        deliver(alice, TestMessages.simple(alice, "second"));

        PythonImap.Run run = PythonImap.withStartTls(server)
                .session("a", alice, ACCOUNT_PASSWORD).session("b", alice, ACCOUNT_PASSWORD)
                .step("a", "select", "INBOX")
                .step("b", "select", "INBOX")
                .step("a", "store", "2", "+FLAGS", "(\\Flagged)")
                .step("b", "noop")
                .step("a", "create", "Projects/2026")
                .step("a", "copy", "1:2", "Projects/2026")
                .step("a", "uid", "MOVE", "1:*", "Trash")
                .step("b", "noop")
                .step("a", "list")
                .run();

        assertThat(run.result(3).untagged("FETCH")).containsExactly("2 (FLAGS (\\Flagged))");
        assertThat(run.result(5).lines().get(0)).startsWith("[COPYUID ").endsWith("1:2 1:2] COPY completed");
        assertThat(run.result(7).untagged("EXPUNGE")).containsExactly("1", "1");
        assertThat(run.result(8).lines()).contains("(\\HasChildren) \"/\" Projects",
                "(\\HasNoChildren) \"/\" Projects/2026", "(\\HasNoChildren \\Trash) \"/\" Trash");
        assertThat(api.messages(alice, "INBOX")).isEmpty();
        assertThat(api.messages(alice, "Trash")).hasSize(2);
        assertThat(api.messages(alice, "Projects/2026")).hasSize(2);
    }

    @Test
    void idleHearsOfMailDeliveredBySmtp() {
        String alice = api.createAccount("imap-idle");
        RawMessage message = TestMessages.simple(alice, "while idling");
        PythonImap.Run run = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "select", "INBOX")
                .step("a", "idle_during_smtp", Integer.toString(server.smtpPort()), SENDER, alice,
                        Base64.getEncoder().encodeToString(message.bytes()))
                .run();

        PythonImap.Result idle = run.result(1);
        assertThat(idle.lines()).startsWith("+ idling").contains("* 1 EXISTS");
        assertThat(idle.lines().get(idle.lines().size() - 1)).endsWith("OK IDLE terminated");
        System.out.printf("IDLE heard of an SMTP delivery after %.2f s%n", idle.elapsedSeconds());
    }

    @Test
    void foldersRenameDeleteAndStatus() {
        String alice = api.createAccount("imap-folders");
        PythonImap.Run run = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "create", "Old")
                .step("a", "append", "Old", "(\\Seen)", "", PythonImap.octets("Subject: x\r\n\r\nbody\r\n".getBytes(US_ASCII)))
                .step("a", "rename", "Old", "New")
                .step("a", "status", "New", "(MESSAGES UNSEEN UIDNEXT)")
                .step("a", "delete", "Old")
                .step("a", "delete", "New")
                .step("a", "select", "New")
                .step("a", "delete", "INBOX")
                .run();

        assertThat(run.result(2).typ()).isEqualTo("OK");
        assertThat(run.result(3).lines()).containsExactly("New (MESSAGES 1 UNSEEN 0 UIDNEXT 2)");
        assertThat(run.result(4).typ()).isEqualTo("NO");
        assertThat(run.result(5).typ()).isEqualTo("OK");
        assertThat(run.result(6).typ()).isEqualTo("NO");
        assertThat(run.result(6).lines().get(0)).contains("NONEXISTENT");
        assertThat(run.result(7).typ()).isEqualTo("NO");
    }

    @Test
    void curlFetchesAMessageOverImaps() {
        assumeThat(Curl.isInstalled()).as("curl is installed").isTrue();
        String alice = api.createAccount("imap-curl");
        MessageSummary stored = deliver(alice, TestMessages.eightBit(alice, "for curl"));

        byte[] fetched = new Curl(server).imaps(alice, ACCOUNT_PASSWORD, "INBOX;UID=" + stored.uid());

        assertThat(fetched).isEqualTo(api.content(alice, MailboxProbe.INBOX, stored.uid()));
    }

    @Test
    void uidsStayUniqueAndAscendingUnderConcurrentAppendAndDelivery() throws Exception {
        String alice = api.createAccount("imap-race");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int client = 0; client < 3; client++) {
                PythonImap imap = PythonImap.implicitTls(server).session("a", alice, ACCOUNT_PASSWORD);
                for (int i = 0; i < 10; i++) {
                    imap.step("a", "append", "INBOX", "", "", PythonImap.octets(
                            ("Subject: appended " + client + "/" + i + "\r\n\r\nx\r\n").getBytes(US_ASCII)));
                }
                work.add(pool.submit(imap::run));
            }
            for (int client = 0; client < 3; client++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        RawMessage message = TestMessages.simple(alice, "delivered " + i);
                        assertThat(new PythonSmtp(server).send(SENDER, List.of(alice), message.bytes()).sent()).isTrue();
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Eventually.await("60 messages in INBOX", Duration.ofSeconds(60),
                () -> java.util.Optional.of(api.messages(alice, "INBOX").size()).filter(n -> n == 60),
                () -> api.messages(alice, "INBOX").size());

        PythonImap.Run run = PythonImap.implicitTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "select", "INBOX").step("a", "fetch", "1:*", "(UID)").run();
        List<Long> uids = run.result(1).lines().stream()
                .map(line -> Long.parseLong(line.replaceAll(".*UID (\\d+).*", "$1"))).toList();
        assertThat(uids).hasSize(60).isSorted().doesNotHaveDuplicates();
        assertThat(uids.get(59)).isEqualTo(60);
    }

    @Test
    void fiveThousandPipelinedCommandsAreAnsweredInOrder() throws Exception {
        String alice = api.createAccount("imap-pipeline");
        try (ImapConnection imap = ImapConnection.open(server, Duration.ofSeconds(60))) {
            imap.send("l LOGIN " + alice + " " + ACCOUNT_PASSWORD + "\r\n");
            imap.readUntilTagged("l");
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 5000; i++) {
                burst.append('p').append(i).append(i % 2 == 0 ? " NOOP\r\n" : " STATUS INBOX (MESSAGES)\r\n");
            }
            imap.send(burst.toString());
            List<String> replies = imap.readUntilTagged("p4999");
            List<String> tagged = replies.stream().filter(line -> line.startsWith("p")).toList();
            assertThat(tagged).hasSize(5000);
            for (int i = 0; i < 5000; i++) {
                assertThat(tagged.get(i)).startsWith("p" + i + " OK");
            }
        }
    }

    @Test
    void aClientThatStopsInALiteralOrNeverReadsHarmsNoOne() throws Exception {
        String alice = api.createAccount("imap-faults");
        deliver(alice, TestMessages.tricky(alice));
        try (ImapConnection broken = ImapConnection.open(server, Duration.ofSeconds(30))) {
            broken.send("l LOGIN " + alice + " " + ACCOUNT_PASSWORD + "\r\n");
            broken.readUntilTagged("l");
            broken.send("a APPEND INBOX {1000}\r\n");
            assertThat(broken.readLine()).startsWith("+ ");
            broken.send("only part of the message");
        }
        ImapConnection deaf = ImapConnection.open(server, Duration.ofSeconds(30));
        try {
            deaf.send("l LOGIN " + alice + " " + ACCOUNT_PASSWORD + "\r\ns SELECT INBOX\r\n");
            StringBuilder flood = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                flood.append('f').append(i).append(" FETCH 1 BODY.PEEK[]\r\n");
            }
            // About 60 MB of answers the client never reads: the server must block on it, not buffer it.
            deaf.send(flood.toString());

            PythonImap.Run other = PythonImap.implicitTls(server).session("a", alice, ACCOUNT_PASSWORD)
                    .step("a", "select", "INBOX").step("a", "fetch", "1:*", "(UID RFC822.SIZE)").run();
            assertThat(other.result(0).lines()).containsExactly("1");
            assertThat(other.result(1).lines()).hasSize(1);
        } finally {
            deaf.close();
        }
        assertThat(api.anonymous().get("health").status()).isEqualTo(200);
    }

    @Test
    void mbsyncSynchronisesAMaildirBothWaysWithFlagsAndFolders(@TempDir Path home) throws Exception {
        assumeThat(Mbsync.isInstalled()).as("mbsync (isync) and openssl are installed").isTrue();
        String alice = api.createAccount("imap-mbsync");
        MessageSummary delivered = deliver(alice, TestMessages.simple(alice, "from the server"));
        PythonImap.implicitTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "create", "Projects/2026")
                .step("a", "append", "Projects/2026", "(\\Flagged)", "",
                        PythonImap.octets("Subject: plan\r\n\r\nthe plan\r\n".getBytes(US_ASCII)))
                .run();
        Mbsync mbsync = new Mbsync(server, home);
        Path local = mbsync.maildir();
        Files.createDirectories(local.resolve("Local").resolve("cur"));
        Files.createDirectories(local.resolve("Local").resolve("new"));
        Files.createDirectories(local.resolve("Local").resolve("tmp"));
        Files.write(local.resolve("Local").resolve("cur").resolve("1700000000.1.local:2,S"),
                "Subject: written offline\r\n\r\nlocal text\r\n".getBytes(US_ASCII));

        mbsync.sync(alice, ACCOUNT_PASSWORD);

        assertThat(api.messages(alice, "Local")).extracting(MessageSummary::subject).containsExactly("written offline");
        assertThat(maildirFiles(local.resolve("Projects/2026"))).singleElement().asString().endsWith(":2,F");
        assertThat(maildirFiles(local.resolve("INBOX"))).hasSize(1);

        // Flags changed on both sides meet on the next run.
        Path inboxMessage = maildirFiles(local.resolve("INBOX")).get(0);
        Files.move(inboxMessage, inboxMessage.getParent().resolveSibling("cur").resolve(inboxMessage.getFileName()
                .toString().replaceAll(":2,.*$", "") + ":2,FS"));
        PythonImap.implicitTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "select", "Local").step("a", "store", "1", "+FLAGS", "(\\Answered)").run();
        mbsync.sync(alice, ACCOUNT_PASSWORD);

        PythonImap.Run flags = PythonImap.implicitTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "select", "INBOX").step("a", "uid", "FETCH", Long.toString(delivered.uid()), "(FLAGS)")
                .run();
        assertThat(flags.result(1).lines().get(0)).contains("\\Flagged").contains("\\Seen");
        assertThat(maildirFiles(local.resolve("Local"))).singleElement().asString().endsWith(":2,RS");
    }

    @Test
    void compressDeflateCarriesTheSessionOn() throws Exception {
        String alice = api.createAccount("imap-deflate");
        MessageSummary stored = deliver(alice, TestMessages.tricky(alice));
        try (ImapConnection imap = ImapConnection.open(server, Duration.ofSeconds(30))) {
            imap.send("l LOGIN " + alice + " " + ACCOUNT_PASSWORD + "\r\n");
            assertThat(imap.readUntilTagged("l").get(0)).contains("COMPRESS=DEFLATE");
            imap.send("c COMPRESS DEFLATE\r\n");
            assertThat(imap.readUntilTagged("c")).containsExactly("c OK DEFLATE active");
            imap.compress();
            imap.send("s SELECT INBOX\r\nf UID FETCH " + stored.uid() + " RFC822.SIZE\r\n");
            assertThat(imap.readUntilTagged("s")).contains("* 1 EXISTS");
            assertThat(imap.readUntilTagged("f")).contains("* 1 FETCH (RFC822.SIZE " + stored.size() + " UID "
                    + stored.uid() + ")");
            imap.send("d COMPRESS DEFLATE\r\n");
            assertThat(imap.readUntilTagged("d")).last().asString().startsWith("d NO [COMPRESSIONACTIVE]");
        }
    }

    @Test
    void appendOverQuotaAndAnInvalidMailboxNameAreRefusedClearly() {
        String alice = api.createAccount("imap-quota");
        api.send("PUT", "accounts/" + FluteApi.segment(alice), java.util.Map.of("quotaBytes", 2000)).expect(200);
        byte[] big = ("Subject: big\r\n\r\n" + "x".repeat(3000) + "\r\n").getBytes(US_ASCII);
        byte[] small = "Subject: small\r\n\r\nfits\r\n".getBytes(US_ASCII);

        PythonImap.Run run = PythonImap.withStartTls(server).session("a", alice, ACCOUNT_PASSWORD)
                .step("a", "append", "INBOX", "", "", PythonImap.octets(big))
                .step("a", "append", "INBOX", "", "", PythonImap.octets(small))
                .step("a", "getquotaroot", "INBOX")
                .step("a", "create", "bad&name")
                .step("a", "select", "&Jjo-")
                .run();

        assertThat(run.result(0).typ()).isEqualTo("NO");
        assertThat(run.result(0).lines().get(0)).startsWith("[OVERQUOTA]");
        assertThat(run.result(1).typ()).isEqualTo("OK");
        assertThat(run.result(2).lines()).anyMatch(line -> line.contains("(STORAGE 1 1)"));
        assertThat(run.result(3).typ()).isEqualTo("NO");
        assertThat(run.result(3).lines().get(0)).startsWith("[CANNOT]");
        assertThat(run.result(4).typ()).isEqualTo("NO");
        assertThat(api.messages(alice, "INBOX")).extracting(MessageSummary::subject).containsExactly("small");
    }

    private static List<Path> maildirFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("cur", "new")) {
            Path dir = folder.resolve(sub);
            if (Files.isDirectory(dir)) {
                try (var stream = Files.list(dir)) {
                    stream.forEach(files::add);
                }
            }
        }
        return files;
    }

    private static String base64(String text, Charset charset) {
        return Base64.getEncoder().encodeToString(text.getBytes(charset));
    }
}
