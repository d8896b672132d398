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
import org.junit.jupiter.api.Test;

/**
 * A POP3 client that falls silent is logged out after the idle timeout (shortened here to eight seconds),
 * without the UPDATE state (RFC 1939 section 3), and its maildrop lock is given up before the autologout
 * line is sent, so the next login succeeds at once.
 */
@FluteServerTest(portOffset = 1250, properties = "flute.pop3.idleTimeoutSeconds=8")
class Pop3IdleTimeoutIT {

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe probe;

    Pop3IdleTimeoutIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.api = api;
        this.probe = probe;
    }

    @Test
    void anIdleSessionIsLoggedOutWithoutRemovingAnythingAndFreesTheMaildrop() {
        String mia = api.createAccount("pop-idle");
        List<MessageSummary> stored = InboxFixture.deliver(server, probe, mia, InboxFixture.threeMessages(mia));

        try (PoplibClients clients = PoplibClients.start()) {
            PoplibClients.Client idle = clients.connect("idle", server.pop3sPort(), "tls");
            assertThat(idle.login(mia, ACCOUNT_PASSWORD).ok()).isTrue();
            assertThat(idle.command("DELE 2").ok()).isTrue();
            assertThat(clients.connect("early", server.pop3sPort(), "tls").login(mia, ACCOUNT_PASSWORD).text())
                    .startsWith("-ERR [IN-USE]");

            assertThat(idle.awaitLine().text()).isEqualTo("-ERR autologout; idle for too long");

            PoplibClients.Client next = clients.connect("next", server.pop3Port(), "stls");
            assertThat(next.login(mia, ACCOUNT_PASSWORD).text()).startsWith("+OK maildrop has 3 messages");
            assertThat(next.quit().ok()).isTrue();
        }
        assertThat(api.messages(mia, MailboxProbe.INBOX)).containsExactlyElementsOf(stored);
    }
}
