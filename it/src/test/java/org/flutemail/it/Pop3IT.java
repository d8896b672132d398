package org.flutemail.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;
import static org.flutemail.it.support.TestMessages.SENDER;

import java.util.ArrayList;
import java.util.List;
import org.flutemail.it.support.Curl;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonPop3;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.flutemail.it.support.TestMessages.RawMessage;
import org.junit.jupiter.api.Test;

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
        List<RawMessage> sent = List.of(TestMessages.simple(address, "first"), TestMessages.tricky(address),
                TestMessages.simple(address, "third"));
        PythonSmtp smtp = new PythonSmtp(server);
        List<MessageSummary> stored = new ArrayList<>();
        for (RawMessage message : sent) {
            assertThat(smtp.send(SENDER, List.of(address), message.bytes()).sent()).isTrue();
            stored.add(probe.awaitInInbox(address, message.messageId()));
        }
        return stored;
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

    /** The header section and the empty line after it, as TOP n 0 sends them. */
    private static String headerSection(byte[] message) {
        String text = new String(message, US_ASCII);
        int end = text.indexOf("\r\n\r\n");
        return text.substring(0, end + 4);
    }
}
