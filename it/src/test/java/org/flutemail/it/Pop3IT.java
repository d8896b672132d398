package org.flutemail.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flutemail.it.support.Curl;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.Fetchmail;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.InboxFixture;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PoplibClients;
import org.flutemail.it.support.PythonPop3;
import org.flutemail.it.support.StoredMessage;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.TestMessages.RawMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading mail with POP3: three messages delivered by SMTP, then fetched with Python's poplib over
 * STLS and over POP3S, and with curl. What POP3 reports (sizes, unique ids, content) must match what
 * the REST API says is stored; deletions take effect at QUIT, and only then.
 */
@FluteServerTest(portOffset = 1100)
class Pop3IT {

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    Pop3IT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    /** A new account with three messages (a simple one, a tricky one with dot lines, another simple one). */
    private List<MessageSummary> accountWithThreeMessages(String address) {
        return InboxFixture.deliver(server, probe, address, InboxFixture.threeMessages(address));
    }

    @Test
    void statListUidlRetrAndTopOverStlsMatchTheStore() {
        String alice = api.createAccount("pop-alice");
        List<MessageSummary> stored = accountWithThreeMessages(alice);

        PythonPop3.Session pop = PythonPop3.withStls(server).session(alice, ACCOUNT_PASSWORD,
                "stat", "list", "uidl", "retr:1", "retr:2", "retr:3", "top:2:0", "quit");

        assertThat(pop.error()).isNull();
        assertThat(pop.welcome()).startsWith("+OK");
        assertThat(pop.capabilitiesBeforeTls()).contains("STLS", "UIDL", "TOP", "RESP-CODES").doesNotContain("USER");
        long total = stored.stream().mapToLong(MessageSummary::size).sum();
        assertThat(pop.result(0).get(0).asInt()).isEqualTo(3);
        assertThat(pop.result(0).get(1).asLong()).isEqualTo(total);
        assertThat(pop.lines(1)).containsExactly("1 " + stored.get(0).size(), "2 " + stored.get(1).size(),
                "3 " + stored.get(2).size());
        List<String> uidl = pop.lines(2);
        String validity = uidl.get(0).split(" ")[1].split("\\.")[0];
        assertThat(uidl).containsExactly("1 " + validity + "." + stored.get(0).uid(),
                "2 " + validity + "." + stored.get(1).uid(), "3 " + validity + "." + stored.get(2).uid());
        for (int i = 0; i < 3; i++) {
            byte[] content = api.content(alice, MailboxProbe.INBOX, stored.get(i).uid());
            assertThat(pop.content(3 + i)).as("RETR %d", i + 1).isEqualTo(content);
        }
        byte[] second = api.content(alice, MailboxProbe.INBOX, stored.get(1).uid());
        assertThat(new String(pop.content(6), US_ASCII)).isEqualTo(headerSection(second));
        assertThat(api.messages(alice, MailboxProbe.INBOX)).hasSize(3);
    }

    @Test
    void deleteTakesEffectAtQuitAndRsetUndoesIt() {
        String bob = api.createAccount("pop-bob");
        List<MessageSummary> stored = accountWithThreeMessages(bob);

        PythonPop3.Session undone = PythonPop3.implicitTls(server).session(bob, ACCOUNT_PASSWORD,
                "dele:1", "dele:3", "stat", "rset", "stat", "quit");
        assertThat(undone.error()).isNull();
        assertThat(undone.result(2).get(0).asInt()).isEqualTo(1);
        assertThat(undone.result(4).get(0).asInt()).isEqualTo(3);
        assertThat(api.messages(bob, MailboxProbe.INBOX)).hasSize(3);

        PythonPop3.Session deleting = PythonPop3.implicitTls(server).session(bob, ACCOUNT_PASSWORD,
                "dele:2", "list", "quit");
        assertThat(deleting.error()).isNull();
        assertThat(deleting.lines(1)).containsExactly("1 " + stored.get(0).size(), "3 " + stored.get(2).size());
        assertThat(deleting.text(2)).startsWith("+OK");
        assertThat(api.messages(bob, MailboxProbe.INBOX)).extracting(MessageSummary::uid)
                .containsExactly(stored.get(0).uid(), stored.get(2).uid());

        PythonPop3.Session after = PythonPop3.withStls(server).session(bob, ACCOUNT_PASSWORD, "stat", "quit");
        assertThat(after.result(0).get(0).asInt()).isEqualTo(2);
    }

    @Test
    void aSessionWithoutQuitDeletesNothing() {
        String carol = api.createAccount("pop-carol");
        accountWithThreeMessages(carol);
        PythonPop3.Session pop = PythonPop3.implicitTls(server).session(carol, ACCOUNT_PASSWORD, "dele:1", "dele:2");
        assertThat(pop.error()).isNull();
        assertThat(api.messages(carol, MailboxProbe.INBOX)).hasSize(3);
    }

    @Test
    void wrongPasswordIsAnAuthError() {
        String dave = api.createAccount("pop-dave");
        PythonPop3.Session stls = PythonPop3.withStls(server).session(dave, "not the password", "stat");
        assertThat(stls.stage()).isEqualTo("login");
        assertThat(stls.error()).startsWith("-ERR [AUTH]");
        PythonPop3.Session implicit = PythonPop3.implicitTls(server).session("nobody@example.test", "x", "stat");
        assertThat(implicit.error()).startsWith("-ERR [AUTH]");
    }

    @Test
    void oneSessionAtATimeHoldsTheMaildrop() {
        String grace = api.createAccount("pop-grace");
        try (PoplibClients clients = PoplibClients.start()) {
            PoplibClients.Client first = clients.connect("first", server.pop3sPort(), "tls");
            assertThat(first.login(grace, ACCOUNT_PASSWORD).text()).startsWith("+OK maildrop has 0 messages");

            PoplibClients.Client second = clients.connect("second", server.pop3Port(), "stls");
            assertThat(second.login(grace, ACCOUNT_PASSWORD).text()).startsWith("-ERR [IN-USE]");
            assertThat(second.authPlain(grace, ACCOUNT_PASSWORD).text()).startsWith("-ERR [IN-USE]");
            assertThat(second.command("STAT").text()).as("still in the AUTHORIZATION state")
                    .isEqualTo("-ERR STAT is not valid before login");
            assertThat(first.command("STAT").text()).isEqualTo("+OK 0 0");

            assertThat(first.quit().ok()).isTrue();
            assertThat(second.authPlain(grace, ACCOUNT_PASSWORD).text()).as("right after the first QUIT")
                    .startsWith("+OK maildrop has 0 messages");

            second.drop();
            // The server notices the dropped connection on its own thread, so the next login may come first.
            PoplibClients.Reply third = Eventually.await("the lock of a dropped connection to be released",
                    Duration.ofSeconds(30), () -> {
                        PoplibClients.Reply reply = clients.connect("third", server.pop3sPort(), "tls")
                                .login(grace, ACCOUNT_PASSWORD);
                        return reply.ok() ? Optional.of(reply) : Optional.empty();
                    }, () -> "-ERR [IN-USE]");
            assertThat(third.text()).startsWith("+OK maildrop has 0 messages");
        }
    }

    @Test
    void suspendedAccountsAndDomainsCannotLogInAndEveryFailureLooksTheSame() {
        String henry = api.createAccount("pop-henry");
        String domain = "pop-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        api.createDomain(domain);
        String iris = "iris@" + domain;
        api.createAccount(iris, ACCOUNT_PASSWORD, "Iris");
        api.suspend(henry);
        api.post("domains/" + domain + "/suspend", null).expect(200, 204);

        String wrongPassword = PythonPop3.implicitTls(server).session(api.createAccount("pop-ivan"), "wrong").error();
        String unknownUser = PythonPop3.implicitTls(server).session("nobody-here@" + FluteServer.DOMAIN,
                ACCOUNT_PASSWORD).error();
        String suspendedAccount = PythonPop3.implicitTls(server).session(henry, ACCOUNT_PASSWORD).error();
        String suspendedDomain = PythonPop3.withStls(server).session(iris, ACCOUNT_PASSWORD).error();

        assertThat(wrongPassword).startsWith("-ERR [AUTH]");
        assertThat(List.of(unknownUser, suspendedAccount, suspendedDomain)).containsOnly(wrongPassword);

        api.activate(henry);
        api.post("domains/" + domain + "/activate", null).expect(200, 204);
        assertThat(PythonPop3.implicitTls(server).session(henry, ACCOUNT_PASSWORD).error()).isNull();
        assertThat(PythonPop3.implicitTls(server).session(iris, ACCOUNT_PASSWORD).error()).isNull();
    }

    @Test
    void guessingLocksTheNameAlikeForAnAccountAndForANameThatDoesNotExist() {
        String nora = api.createAccount("pop-nora");
        String nobody = "pop-nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@" + FluteServer.DOMAIN;
        try (PoplibClients clients = PoplibClients.start()) {
            List<String> account = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int attempt = 1; attempt <= 5; attempt++) {
                account.add(clients.connect("guess", server.pop3sPort(), "tls").login(nora, "guess-" + attempt).text());
                unknown.add(clients.connect("guess", server.pop3sPort(), "tls").login(nobody, "guess-" + attempt)
                        .text());
            }
            assertThat(account).isEqualTo(unknown).containsOnly("-ERR [AUTH] invalid user name or password");

            // The fifth failure locked the name (flute.login.accountFailures).
            String locked = clients.connect("guess", server.pop3sPort(), "tls").login(nora, ACCOUNT_PASSWORD).text();
            assertThat(locked).as("even the right password, while the name is locked")
                    .isEqualTo("-ERR [SYS/TEMP] cannot log in now, try later");
            assertThat(clients.connect("guess", server.pop3sPort(), "tls").authPlain(nobody, "guess-6").text())
                    .isEqualTo(locked);
        }
    }

    @Test
    void badInputGetsAClearErrorAndTooManyEndTheSession() {
        try (PoplibClients clients = PoplibClients.start()) {
            PoplibClients.Client client = clients.connect("bad", server.pop3sPort(), "tls");
            assertThat(client.command("RETR 1").text()).isEqualTo("-ERR RETR is not valid before login");
            assertThat(client.command("XYZZY").text()).isEqualTo("-ERR unknown command");
            assertThat(client.command("USER " + "x".repeat(300)).text()).isEqualTo("-ERR line too long");
            assertThat(client.command("PASS nothing").text()).isEqualTo("-ERR USER first");
            for (int i = 4; i < 9; i++) {
                assertThat(client.command("NOPE").text()).isEqualTo("-ERR unknown command");
            }
            assertThat(client.command("NOPE").text()).isEqualTo("-ERR unknown command; too many errors, closing"
                    + " connection");
            assertThat(client.command("CAPA").closed()).isTrue();
        }
    }

    @Test
    void noPasswordsBeforeTls() {
        String erin = api.createAccount("pop-erin");
        PythonPop3.Session pop = PythonPop3.cleartext(server).session(erin, ACCOUNT_PASSWORD, "stat");
        assertThat(pop.stage()).isEqualTo("login");
        assertThat(pop.error()).startsWith("-ERR [AUTH]");
    }

    @Test
    void curlListsAndRetrievesOverStls() {
        assumeThat(Curl.isInstalled()).as("curl is installed").isTrue();
        String frank = api.createAccount("pop-frank");
        List<MessageSummary> stored = accountWithThreeMessages(frank);
        Curl curl = new Curl(server);

        String listing = new String(curl.pop3(frank, ACCOUNT_PASSWORD, ""), US_ASCII);
        assertThat(listing.split("\r\n")).containsExactly("1 " + stored.get(0).size(), "2 " + stored.get(1).size(),
                "3 " + stored.get(2).size());
        byte[] first = curl.pop3(frank, ACCOUNT_PASSWORD, "1");
        assertThat(first).isEqualTo(api.content(frank, MailboxProbe.INBOX, stored.get(0).uid()));
    }

    @Test
    void fetchmailKeepingMailOnTheServerFetchesEachMessageOnceByUidl(@TempDir Path folder) {
        assumeThat(Fetchmail.isInstalled()).as("fetchmail is installed").isTrue();
        String kim = api.createAccount("pop-kim");
        List<RawMessage> sent = InboxFixture.threeMessages(kim);
        List<byte[]> stored = contents(kim, InboxFixture.deliver(server, probe, kim, sent));
        Fetchmail fetchmail = new Fetchmail(server, folder);

        fetchAndCheck(fetchmail, kim, Fetchmail.Security.STLS, true, sent, stored);

        Fetchmail.Outcome again = fetchmail.fetch(kim, ACCOUNT_PASSWORD, Fetchmail.Security.STLS, true);
        assertThat(again.exitCode()).as("1: no new mail; " + again.transcript()).isEqualTo(1);
        assertThat(again.delivered()).isEmpty();

        List<RawMessage> fourth = List.of(TestMessages.simple(kim, "fourth"));
        List<byte[]> stored4 = contents(kim, InboxFixture.deliver(server, probe, kim, fourth));
        fetchAndCheck(fetchmail, kim, Fetchmail.Security.STLS, true, fourth, stored4);
        assertThat(api.messages(kim, MailboxProbe.INBOX)).hasSize(4);
    }

    @Test
    void fetchmailWithoutKeepEmptiesTheMaildrop(@TempDir Path folder) {
        assumeThat(Fetchmail.isInstalled()).as("fetchmail is installed").isTrue();
        String lena = api.createAccount("pop-lena");
        List<RawMessage> sent = InboxFixture.threeMessages(lena);
        List<byte[]> stored = contents(lena, InboxFixture.deliver(server, probe, lena, sent));
        Fetchmail fetchmail = new Fetchmail(server, folder);

        fetchAndCheck(fetchmail, lena, Fetchmail.Security.IMPLICIT_TLS, false, sent, stored);
        assertThat(api.messages(lena, MailboxProbe.INBOX)).isEmpty();

        Fetchmail.Outcome again = fetchmail.fetch(lena, ACCOUNT_PASSWORD, Fetchmail.Security.IMPLICIT_TLS, false);
        assertThat(again.exitCode()).as("1: no new mail; " + again.transcript()).isEqualTo(1);
    }

    /**
     * One fetchmail run that must deliver the messages: each file, without the Received header fetchmail
     * adds, is the stored message byte for byte, and that is what the SMTP client sent below the server's
     * own Received header.
     */
    private static void fetchAndCheck(Fetchmail fetchmail, String address, Fetchmail.Security security,
            boolean keep, List<RawMessage> sent, List<byte[]> stored) {
        Fetchmail.Outcome outcome = fetchmail.fetch(address, ACCOUNT_PASSWORD, security, keep);
        assertThat(outcome.exitCode()).as(outcome.transcript()).isZero();
        List<byte[]> delivered = outcome.delivered();
        assertThat(delivered).hasSameSizeAs(sent);
        for (int i = 0; i < sent.size(); i++) {
            byte[] arrived = Fetchmail.withoutFetchmailReceived(delivered.get(i));
            assertThat(arrived).as("message %d as fetchmail delivered it", i + 1).isEqualTo(stored.get(i));
            assertThat(StoredMessage.withoutLeadingReceived(arrived)).isEqualTo(sent.get(i).bytes());
        }
    }

    /** The stored bytes of the messages, as the REST API gives them. */
    private List<byte[]> contents(String address, List<MessageSummary> messages) {
        return messages.stream().map(m -> api.content(address, MailboxProbe.INBOX, m.uid())).toList();
    }

    /** The header section and the empty line after it, as TOP n 0 sends them. */
    private static String headerSection(byte[] message) {
        String text = new String(message, US_ASCII);
        int end = text.indexOf("\r\n\r\n");
        return text.substring(0, end + 4);
    }
}
