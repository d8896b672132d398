package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Flags;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.ImapPeer;
import org.flutemail.it.support.MigrationClient;
import org.flutemail.it.support.MigrationCuttingProxy;
import org.flutemail.it.support.PythonPop3;
import org.junit.jupiter.api.Test;

/**
 * Migration from a real old server: the reference peer's Dovecot, filled over IMAP APPEND with nested
 * folders, flags, keywords and internal dates, is imported over IMAP (STARTTLS and implicit TLS with
 * its self-signed certificate trusted by fingerprint), over POP3, and from the Maildir it wrote on
 * disk; an mbox file is uploaded. What arrives is checked through the REST API and Flute's POP3.
 * Peer users: user16 to user20 only.
 */
@FluteServerTest(portOffset = 1400, properties = "flute.migration.root=/tmp/flute-peer/run/mail")
class MigrationIT {

    private static final Instant OLD_DATE = Instant.parse("2019-05-17T08:30:00Z");
    private static final Instant OLDER_DATE = Instant.parse("2016-02-29T23:59:58Z");

    private final FluteServer server;
    private final FluteApi api;
    private final MigrationClient migrations;

    MigrationIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
        this.migrations = new MigrationClient(api);
    }

    private static void requirePeer() {
        assumeTrue(ImapPeer.reachable(), "the reference peer (Dovecot on 127.0.0.1:" + ImapPeer.IMAP_PORT
                + ") is not running; start it with ../shared/peer/setup-peer.sh");
    }

    @Test
    void foldersFlagsInternalDatesAndBytesArriveIntactAndASecondRunCopiesNothing() {
        requirePeer();
        Map<String, byte[]> sent = new LinkedHashMap<>();
        try (ImapPeer peer = ImapPeer.login("user16").clear()) {
            sent.put("inbox-seen", append(peer, List.of("INBOX"), "inbox-seen", OLD_DATE, flags(Flags.Flag.SEEN)));
            sent.put("inbox-answered", append(peer, List.of("INBOX"), "inbox-answered", OLDER_DATE,
                    flags(Flags.Flag.ANSWERED, Flags.Flag.FLAGGED)));
            sent.put("inbox-new", append(peer, List.of("INBOX"), "inbox-new", OLD_DATE, new Flags()));
            Flags labelled = flags(Flags.Flag.SEEN);
            labelled.add("$Label1");
            sent.put("nested", append(peer, List.of("Projects", "Flute", "2019"), "nested", OLDER_DATE, labelled));
            sent.put("sent", append(peer, List.of("Sent Items"), "sent", OLD_DATE, flags(Flags.Flag.SEEN)));
            sent.put("draft", append(peer, List.of("草稿箱"), "draft", OLD_DATE, flags(Flags.Flag.DRAFT)));
        }
        String account = api.createAccount("migrate16");

        long first = migrations.importAccount(Map.of("address", account, "host", ImapPeer.HOST,
                "port", ImapPeer.IMAP_PORT, "tls", "starttls", "login", "user16", "password", ImapPeer.PASSWORD,
                "fingerprint", ImapPeer.certificateSha256()));
        JsonNode report = MigrationClient.report(migrations.awaitFinished(first), account);

        assertThat(report.path("state").asText()).as("report %s", report).isEqualTo("DONE");
        assertThat(report.path("copied").asInt()).isEqualTo(6);
        assertThat(report.path("failed").asInt()).isZero();
        Map<String, JsonNode> folders = mailboxesByName(account);
        assertThat(folders).containsKeys("INBOX", "Projects", "Projects/Flute", "Projects/Flute/2019", "Sent", "Drafts");
        assertThat(folders.get("INBOX").path("messages").asInt()).isEqualTo(3);
        assertThat(folders.get("Projects/Flute/2019").path("messages").asInt()).isEqualTo(1);
        assertThat(folders.get("Sent").path("messages").asInt()).isEqualTo(1);
        assertThat(folders.get("Sent").path("specialUse").asText()).isEqualTo("\\Sent");
        assertThat(folders.get("Drafts").path("messages").asInt()).isEqualTo(1);

        Map<String, JsonNode> inbox = messagesBySubject(account, "INBOX");
        assertThat(inbox.keySet()).containsExactly("inbox-seen", "inbox-answered", "inbox-new");
        assertThat(flagsOf(inbox.get("inbox-seen"))).containsExactly("\\Seen");
        assertThat(flagsOf(inbox.get("inbox-answered"))).containsExactlyInAnyOrder("\\Answered", "\\Flagged");
        assertThat(flagsOf(inbox.get("inbox-new"))).isEmpty();
        assertThat(Instant.parse(inbox.get("inbox-seen").path("internalDate").asText())).isEqualTo(OLD_DATE);
        assertThat(Instant.parse(inbox.get("inbox-answered").path("internalDate").asText())).isEqualTo(OLDER_DATE);
        JsonNode nested = messagesBySubject(account, "Projects/Flute/2019").get("nested");
        assertThat(flagsOf(nested)).containsExactlyInAnyOrder("\\Seen", "$Label1");
        assertThat(flagsOf(messagesBySubject(account, "Drafts").get("draft"))).containsExactly("\\Draft");
        for (Map.Entry<String, JsonNode> m : inbox.entrySet()) {
            assertThat(api.content(account, "INBOX", m.getValue().path("uid").asLong()))
                    .as("bytes of %s", m.getKey()).isEqualTo(sent.get(m.getKey()));
        }
        assertThat(api.content(account, "Projects/Flute/2019", nested.path("uid").asLong())).isEqualTo(sent.get("nested"));

        long second = migrations.importAccount(Map.of("address", account, "host", ImapPeer.HOST,
                "port", ImapPeer.IMAPS_PORT, "tls", "implicit", "login", "user16", "password", ImapPeer.PASSWORD,
                "fingerprint", ImapPeer.certificateSha256()));
        JsonNode again = MigrationClient.report(migrations.awaitFinished(second), account);
        assertThat(again.path("state").asText()).isEqualTo("DONE");
        assertThat(again.path("copied").asInt()).isZero();
        assertThat(again.path("skipped").asInt()).isEqualTo(6);
        assertThat(mailboxesByName(account).get("INBOX").path("messages").asInt()).isEqualTo(3);
    }

    @Test
    void aCsvImportReportsAWrongPasswordAndBadRowsWhileTheOtherAccountsImport() {
        requirePeer();
        byte[] imapMessage;
        byte[] popMessage;
        try (ImapPeer peer = ImapPeer.login("user17").clear()) {
            imapMessage = append(peer, List.of("INBOX"), "for user17", OLD_DATE, flags(Flags.Flag.SEEN));
            append(peer, List.of("Archive"), "archived", OLD_DATE, new Flags());
        }
        try (ImapPeer peer = ImapPeer.login("user18").clear()) {
            popMessage = append(peer, List.of("INBOX"), "for user18", OLD_DATE, new Flags());
        }
        try (ImapPeer peer = ImapPeer.login("user19").clear()) {
            append(peer, List.of("INBOX"), "never copied", OLD_DATE, new Flags());
        }
        String imap = api.createAccount("migrate17");
        String pop = api.createAccount("migrate18");
        String wrong = api.createAccount("migrate19");
        String down = api.createAccount("server-down");
        String csv = "address,server,login,password,protocol,port,tls\r\n"
                + imap + "," + ImapPeer.HOST + ",user17,pass,imap,1993,implicit\r\n"
                + pop + "," + ImapPeer.HOST + ",user18,\"pass\",pop3,1110,starttls\r\n"
                + wrong + "," + ImapPeer.HOST + ",user19,not-the-password,imap,1143,starttls\r\n"
                + "bad-port@example.test," + ImapPeer.HOST + ",user16,pass,imap,99999,\r\n"
                + "nobody-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test," + ImapPeer.HOST
                + ",user16,pass,imap,,\r\n"
                + down + "," + ImapPeer.HOST + ",user16,pass,imap,9,none\r\n";

        long id = migrations.importCsv(csv);
        JsonNode job = migrations.awaitFinished(id);
        assertThat(job.path("state").asText()).isEqualTo("DONE");

        List<JsonNode> reports = MigrationClient.accounts(job);
        assertThat(reports).hasSize(6);
        JsonNode imapReport = MigrationClient.report(job, imap);
        JsonNode popReport = MigrationClient.report(job, pop);
        JsonNode wrongReport = MigrationClient.report(job, wrong);
        assertThat(wrongReport.path("state").asText()).isEqualTo("FAILED");
        assertThat(reports.get(3).path("state").asText()).isEqualTo("REJECTED");
        assertThat(reports.get(3).path("error").asText()).startsWith("line 5: port");
        assertThat(reports.get(4).path("state").asText()).isEqualTo("REJECTED");
        assertThat(reports.get(4).path("error").asText()).startsWith("line 6: no account");
        // Without a fingerprint the peer's self-signed certificate is not trusted: the TLS rows fail.
        assertThat(imapReport.path("state").asText()).as("%s", imapReport).isEqualTo("FAILED");
        assertThat(imapReport.path("error").asText()).containsIgnoringCase("certificat");

        long trusted = api.sendRaw("POST", "migrations/csv?fingerprint=" + ImapPeer.certificateSha256(),
                csv.getBytes(StandardCharsets.UTF_8), "text/csv").expect(202).json().path("id").asLong();
        job = migrations.awaitFinished(trusted);
        imapReport = MigrationClient.report(job, imap);
        popReport = MigrationClient.report(job, pop);
        wrongReport = MigrationClient.report(job, wrong);
        assertThat(imapReport.path("state").asText()).as("%s", imapReport).isEqualTo("DONE");
        assertThat(imapReport.path("copied").asInt()).isEqualTo(2);
        assertThat(imapReport.path("folders").asInt()).isEqualTo(2);
        assertThat(popReport.path("state").asText()).as("%s", popReport).isEqualTo("DONE");
        assertThat(popReport.path("copied").asInt()).isEqualTo(1);
        assertThat(wrongReport.path("state").asText()).isEqualTo("FAILED");
        assertThat(wrongReport.path("error").asText()).contains("refused the login for user19");
        JsonNode downReport = MigrationClient.report(job, down);
        assertThat(downReport.path("state").asText()).isEqualTo("FAILED");
        assertThat(downReport.path("error").asText()).startsWith("cannot connect to 127.0.0.1:9");
        assertThat(api.mailboxes(wrong).stream().mapToLong(m -> m.messages()).sum()).isZero();

        PythonPop3.Session session = PythonPop3.withStls(server).session(imap, FluteApi.ACCOUNT_PASSWORD,
                "stat", "retr:1", "quit");
        assertThat(session.error()).isNull();
        assertThat(session.result(0).get(0).asInt()).as("messages in INBOX over POP3").isEqualTo(1);
        assertThat(session.content(1)).isEqualTo(imapMessage);
        assertThat(api.content(pop, "INBOX", api.messages(pop, "INBOX").get(0).uid())).isEqualTo(popMessage);
    }

    @Test
    void aConnectionCutInTheMiddleOfAMessageFailsTheAccountAndTheNextRunCompletesIt() {
        requirePeer();
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            messages.add(largeMessage("cut " + i));
        }
        try (ImapPeer peer = ImapPeer.login("user19").clear()) {
            peer.append(List.of("INBOX"), messages, OLD_DATE, new Flags());
        }
        String account = api.createAccount("cut");
        JsonNode cut;
        try (MigrationCuttingProxy proxy = MigrationCuttingProxy.start(ImapPeer.IMAP_PORT, 100_000)) {
            long id = migrations.importAccount(Map.of("address", account, "host", ImapPeer.HOST, "port", proxy.port(),
                    "tls", "none", "login", "user19", "password", ImapPeer.PASSWORD));
            cut = MigrationClient.report(migrations.awaitFinished(id), account);
        }

        assertThat(cut.path("state").asText()).as("%s", cut).isEqualTo("FAILED");
        assertThat(cut.path("copied").asInt()).isBetween(1, 9);
        long second = migrations.importAccount(Map.of("address", account, "host", ImapPeer.HOST,
                "port", ImapPeer.IMAP_PORT, "tls", "none", "login", "user19", "password", ImapPeer.PASSWORD));
        JsonNode completed = MigrationClient.report(migrations.awaitFinished(second), account);
        assertThat(completed.path("state").asText()).isEqualTo("DONE");
        assertThat(completed.path("skipped").asInt()).isEqualTo(cut.path("copied").asInt());
        assertThat(completed.path("copied").asInt()).isEqualTo(10 - cut.path("copied").asInt());
        Map<String, JsonNode> inbox = messagesBySubject(account, "INBOX");
        assertThat(api.messages(account, "INBOX")).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(api.content(account, "INBOX", inbox.get("cut " + i).path("uid").asLong()))
                    .as("message %d whole", i).isEqualTo(messages.get(i));
        }
    }

    @Test
    void theMaildirDovecotWroteIsImportedFromTheImportRootAndPathsOutsideItAreRefused() {
        requirePeer();
        try (ImapPeer peer = ImapPeer.login("user20").clear()) {
            Flags labelled = flags(Flags.Flag.SEEN, Flags.Flag.FLAGGED);
            labelled.add("$Label2");
            append(peer, List.of("INBOX"), "maildir-inbox", OLD_DATE, labelled);
            append(peer, List.of("INBOX"), "maildir-unread", OLD_DATE, new Flags());
            append(peer, List.of("Work", "Reports"), "maildir-nested", OLDER_DATE, flags(Flags.Flag.ANSWERED));
            append(peer, List.of("已发送"), "maildir-sent", OLD_DATE, flags(Flags.Flag.SEEN));
        }
        String account = api.createAccount("migrate20");

        long id = api.post("migrations/files", Map.of("address", account, "format", "maildir",
                "path", "user20/Maildir")).expect(202).json().path("id").asLong();
        JsonNode report = MigrationClient.report(migrations.awaitFinished(id), account);

        assertThat(report.path("state").asText()).as("%s", report).isEqualTo("DONE");
        assertThat(report.path("copied").asInt()).isEqualTo(4);
        Map<String, JsonNode> inbox = messagesBySubject(account, "INBOX");
        assertThat(flagsOf(inbox.get("maildir-inbox"))).containsExactlyInAnyOrder("\\Seen", "\\Flagged", "$Label2");
        assertThat(flagsOf(inbox.get("maildir-unread"))).isEmpty();
        assertThat(Instant.parse(inbox.get("maildir-inbox").path("internalDate").asText())).isEqualTo(OLD_DATE);
        JsonNode nested = messagesBySubject(account, "Work/Reports").get("maildir-nested");
        assertThat(flagsOf(nested)).containsExactly("\\Answered");
        assertThat(Instant.parse(nested.path("internalDate").asText())).isEqualTo(OLDER_DATE);
        assertThat(messagesBySubject(account, "Sent")).containsKey("maildir-sent");

        long again = api.post("migrations/files", Map.of("address", account, "format", "maildir",
                "path", "user20/Maildir")).expect(202).json().path("id").asLong();
        JsonNode second = MigrationClient.report(migrations.awaitFinished(again), account);
        assertThat(second.path("copied").asInt()).isZero();
        assertThat(second.path("skipped").asInt()).isEqualTo(4);

        JsonNode outside = api.post("migrations/files", Map.of("address", account, "format", "maildir",
                "path", "../../../etc")).expect(400).json();
        assertThat(outside.path("message").asText()).contains("outside the import root");
        api.post("migrations/files", Map.of("address", account, "format", "mbox", "path", "/etc/passwd")).expect(400);
    }

    @Test
    void anUploadedMboxGoesIntoTheNamedFolderUnquotedAndAgainOnlyAsSkips() {
        String account = api.createAccount("mbox");
        String mbox = "From alice@old.example Thu Mar  5 09:00:00 2015\n"
                + "From: alice@old.example\nSubject: first\nMessage-ID: <m1@old.example>\nStatus: RO\n\n"
                + "Hello\n>From the start\n>>From deeper\n\n"
                + "From bob@old.example Fri Mar  6 10:00:00 2015\n"
                + "From: bob@old.example\nSubject: second\nMessage-ID: <m2@old.example>\n\nBye\n";

        long id = api.sendRaw("POST", "migrations/mbox?address=" + account + "&folder=Old%20Mail",
                mbox.getBytes(StandardCharsets.UTF_8), "application/mbox").expect(202).json().path("id").asLong();
        JsonNode report = MigrationClient.report(migrations.awaitFinished(id), account);

        assertThat(report.path("copied").asInt()).as("%s", report).isEqualTo(2);
        Map<String, JsonNode> messages = messagesBySubject(account, "Old Mail");
        assertThat(flagsOf(messages.get("first"))).containsExactly("\\Seen");
        assertThat(Instant.parse(messages.get("first").path("internalDate").asText()))
                .isEqualTo(Instant.parse("2015-03-05T09:00:00Z"));
        assertThat(new String(api.content(account, "Old Mail", messages.get("first").path("uid").asLong()),
                StandardCharsets.UTF_8)).isEqualTo("From: alice@old.example\r\nSubject: first\r\n"
                + "Message-ID: <m1@old.example>\r\nStatus: RO\r\n\r\nHello\r\nFrom the start\r\n>From deeper\r\n");

        long again = api.sendRaw("POST", "migrations/mbox?address=" + account + "&folder=Old%20Mail",
                mbox.getBytes(StandardCharsets.UTF_8), "application/mbox").expect(202).json().path("id").asLong();
        JsonNode second = MigrationClient.report(migrations.awaitFinished(again), account);
        assertThat(second.path("copied").asInt()).isZero();
        assertThat(second.path("skipped").asInt()).isEqualTo(2);
    }

    private static byte[] append(ImapPeer peer, List<String> folder, String subject, Instant date, Flags flags) {
        byte[] raw = message(subject);
        peer.append(folder, raw, date, flags);
        return raw;
    }

    static byte[] message(String subject) {
        return ("Return-Path: <old@legacy.example>\r\n"
                + "From: =?UTF-8?B?5byg5LiJ?= <old@legacy.example>\r\n"
                + "To: someone@legacy.example\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Tue, 03 Mar 2020 10:15:00 +0800\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@legacy.example>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + "Body of " + subject + "\r\n"
                + "中文正文, and a line starting with\r\n"
                + "From here on.\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** About 30 kB, so that a connection cut after 100 kB falls inside a message. */
    private static byte[] largeMessage(String subject) {
        String head = new String(message(subject), StandardCharsets.UTF_8);
        return (head + "x".repeat(76).concat("\r\n").repeat(400)).getBytes(StandardCharsets.UTF_8);
    }

    private static Flags flags(Flags.Flag... system) {
        Flags flags = new Flags();
        for (Flags.Flag f : system) {
            flags.add(f);
        }
        return flags;
    }

    private Map<String, JsonNode> mailboxesByName(String account) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        api.get("accounts/" + FluteApi.segment(account) + "/mailboxes").expect(200).json()
                .forEach(m -> byName.put(m.path("name").asText(), m));
        return byName;
    }

    private Map<String, JsonNode> messagesBySubject(String account, String mailbox) {
        Map<String, JsonNode> bySubject = new LinkedHashMap<>();
        api.get("accounts/" + FluteApi.segment(account) + "/mailboxes/" + FluteApi.segment(mailbox) + "/messages")
                .expect(200).json().forEach(m -> bySubject.put(m.path("subject").asText(), m));
        return bySubject;
    }

    private static List<String> flagsOf(JsonNode message) {
        List<String> flags = new ArrayList<>();
        message.path("flags").forEach(f -> flags.add(f.asText()));
        return flags.stream().collect(Collectors.toList());
    }
}
