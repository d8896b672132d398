package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import java.util.List;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.InboxFixture;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PoplibClients;
import org.flutemail.it.support.PythonPop3;
import org.junit.jupiter.api.Test;

/**
 * RFC 1939 removes messages only in the UPDATE state, after QUIT. This kills the server with SIGKILL while
 * a POP3 session has marked every message deleted and holds the maildrop lock, restarts it on the same
 * data, and checks that nothing was removed and that the lock died with the session: the user can log in
 * again at once, long before the lock's lease (the idle timeout and two minutes) could have run out.
 */
@FluteServerTest(portOffset = 1200)
class Pop3CrashIT {

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    Pop3CrashIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @Test
    void aKill9AfterDeleAndBeforeQuitRemovesNothingAndLeavesTheMaildropFree() {
        String judy = api.createAccount("pop-crash");
        List<MessageSummary> stored = InboxFixture.deliver(server, probe, judy, InboxFixture.threeMessages(judy));

        try (PoplibClients clients = PoplibClients.start()) {
            PoplibClients.Client pop = clients.connect("crashing", server.pop3sPort(), "tls");
            assertThat(pop.login(judy, ACCOUNT_PASSWORD).text()).startsWith("+OK maildrop has 3 messages");
            for (int number = 1; number <= 3; number++) {
                assertThat(pop.command("DELE " + number).text()).isEqualTo("+OK message " + number + " deleted");
            }
            assertThat(pop.command("STAT").text()).isEqualTo("+OK 0 0");
            assertThat(clients.connect("other", server.pop3Port(), "stls").login(judy, ACCOUNT_PASSWORD).text())
                    .as("the maildrop is locked before the kill").startsWith("-ERR [IN-USE]");

            server.kill9();
            assertThat(pop.command("QUIT").closed()).as("the session died with the server").isTrue();
        }
        server.start();

        assertThat(api.messages(judy, MailboxProbe.INBOX)).containsExactlyElementsOf(stored);
        PythonPop3.Session after = PythonPop3.implicitTls(server).session(judy, ACCOUNT_PASSWORD, "stat", "quit");
        assertThat(after.error()).as("a login right after the restart").isNull();
        assertThat(after.result(0).get(0).asInt()).isEqualTo(3);
    }
}
