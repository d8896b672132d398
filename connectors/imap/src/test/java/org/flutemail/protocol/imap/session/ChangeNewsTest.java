package org.flutemail.protocol.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.flutemail.protocol.imap.store.MailboxChangeHub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commands ask the store for changes of the selected mailbox only when news of one came (or on NOOP). */
class ChangeNewsTest {

    private static final String MESSAGE = "Subject: Hi\r\n\r\nbody\r\n";

    private final InMemoryImapStore store = new InMemoryImapStore();
    private final MailboxChangeHub hub = new MailboxChangeHub();
    private Client client;

    @BeforeEach
    void select() {
        store.deliver("INBOX", MESSAGE);
        client = new Client(store, true, hub);
        client.send("l LOGIN " + InMemoryImapStore.USER + " " + InMemoryImapStore.PASSWORD);
        client.send("s SELECT INBOX");
        // The first command after SELECT looks, whatever the news.
        assertThat(client.send("f FETCH 1 UID")).doesNotContain("EXISTS");
    }

    @Test
    void fetchSkipsTheLookWithoutNewsAndLooksWhenNewsCame() {
        store.deliver("INBOX", MESSAGE);

        assertThat(client.send("a FETCH 1 FLAGS")).doesNotContain("EXISTS");
        hub.changed(1);
        assertThat(client.send("b FETCH 1 FLAGS")).contains("* 2 EXISTS");
    }

    @Test
    void noopAlwaysLooks() {
        store.deliver("INBOX", MESSAGE);

        assertThat(client.send("n NOOP")).contains("* 2 EXISTS");
    }

    @Test
    void withoutNewsToTrustEveryCommandLooks() {
        Client polling = Client.loggedIn(store);
        polling.send("s SELECT INBOX");
        store.deliver("INBOX", MESSAGE);

        assertThat(polling.send("a FETCH 1 FLAGS")).contains("* 2 EXISTS");
    }
}
