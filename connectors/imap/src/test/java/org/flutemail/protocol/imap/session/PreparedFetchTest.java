package org.flutemail.protocol.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.flutemail.protocol.imap.store.ImapStore.PreparedFetch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FETCH answered from the values prepared when a message was stored, and from the octets when they cannot serve. */
class PreparedFetchTest {

    private static final String MESSAGE = "From: Alice <alice@example.test>\r\nTo: bob@example.test\r\n"
            + "Subject: Hello\r\nMessage-ID: <1@example.test>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\npart one\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>two</p>\r\n"
            + "--b--\r\n";
    private static final String ITEMS = "(ENVELOPE BODYSTRUCTURE BODY RFC822.HEADER BODY.PEEK[HEADER.FIELDS (SUBJECT TO)]"
            + " BODY.PEEK[HEADER]<0.20> RFC822.SIZE FLAGS)";

    private final InMemoryImapStore store = new InMemoryImapStore();
    private Client client;

    @BeforeEach
    void select() {
        store.deliver("INBOX", MESSAGE);
        client = Client.loggedIn(store);
        client.send("s SELECT INBOX");
    }

    @Test
    void answersHeadersAndStructureWithoutReadingTheMessageAndAsTheOctetsWould() {
        String prepared = client.send("a FETCH 1 " + ITEMS);
        assertThat(store.contentReads()).isZero();

        // Nothing kept (as for a message too large to prepare): the same answer, from the octets.
        store.prepareAs(new PreparedFetch(null, null, null, null));
        String fromOctets = client.send("a FETCH 1 " + ITEMS);

        assertThat(store.contentReads()).isEqualTo(1);
        assertThat(prepared).isEqualTo(fromOctets).contains("ENVELOPE (NIL \"Hello\" ((\"Alice\" NIL \"alice\"",
                "BODY[HEADER.FIELDS (SUBJECT TO)] {40}\r\nTo: bob@example.test\r\nSubject: Hello\r\n\r\n",
                "(\"text\" \"html\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 10 0 NIL NIL NIL NIL) \"mixed\""
                        + " (\"boundary\" \"b\")");
    }

    @Test
    void writesThePreparedValuesAsStored() {
        byte[] header = "Subject: Kept\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        store.prepareAs(new PreparedFetch(header, ascii("(\"kept envelope\")"), ascii("(\"kept body\")"),
                ascii("(\"kept structure\")")));

        assertThat(client.send("a FETCH 1 (ENVELOPE BODY BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (SUBJECT)])"))
                .isEqualTo("* 1 FETCH (ENVELOPE (\"kept envelope\") BODY (\"kept body\") BODYSTRUCTURE"
                        + " (\"kept structure\") BODY[HEADER.FIELDS (SUBJECT)] {17}\r\nSubject: Kept\r\n\r\n)\r\n"
                        + "a OK FETCH completed\r\n");
        assertThat(store.contentReads()).isZero();
    }

    @Test
    void readsTheMessageForWhatLiesBeyondItsHeader() {
        client.send("a FETCH 1 (ENVELOPE BODY.PEEK[1])");
        client.send("b FETCH 1 (BODY.PEEK[TEXT])");
        client.send("c FETCH 1 RFC822");

        assertThat(store.contentReads()).isEqualTo(3);
    }

    @Test
    void rendersAgainForUtf8AcceptWhenThePreparedFormHasEightBitText() {
        store.deliver("INBOX", "Subject: caf\u00e9\r\n\r\nbody\r\n");
        client.send("n NOOP");
        String literal = client.send("a FETCH 2 ENVELOPE");
        assertThat(store.contentReads()).isZero();
        assertThat(literal).contains("ENVELOPE (NIL {5}\r\ncaf\u00e9 NIL");

        Client utf8 = Client.loggedIn(store);
        utf8.send("e ENABLE UTF8=ACCEPT");
        utf8.send("s SELECT INBOX");
        String quoted = utf8.send("b FETCH 2 ENVELOPE");

        assertThat(store.contentReads()).isEqualTo(1);
        assertThat(quoted).contains("ENVELOPE (NIL \"caf\u00e9\" NIL");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
