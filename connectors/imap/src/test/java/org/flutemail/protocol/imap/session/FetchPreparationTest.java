package org.flutemail.protocol.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.flutemail.protocol.imap.store.ImapStore.PreparedFetch;
import org.junit.jupiter.api.Test;

class FetchPreparationTest {

    @Test
    void keepsTheHeaderUpToItsEmptyLineAndTheRenderedStructures() {
        PreparedFetch prepared = FetchPreparation.prepare(bytes("Subject: Hi\r\nX-A: b\r\n\r\nbody\r\n"));

        assertThat(text(prepared.header())).isEqualTo("Subject: Hi\r\nX-A: b\r\n\r\n");
        assertThat(text(prepared.envelope())).isEqualTo("(NIL \"Hi\" NIL NIL NIL NIL NIL NIL NIL NIL)");
        assertThat(text(prepared.body())).isEqualTo("(\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 6 1)");
        assertThat(text(prepared.bodyStructure()))
                .isEqualTo("(\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 6 1 NIL NIL NIL NIL)");
    }

    @Test
    void eachPartKeepsItsOwnLineCountInBodyAndBodyStructure() {
        PreparedFetch prepared = FetchPreparation.prepare(bytes("Content-Type: multipart/mixed; boundary=x\r\n\r\n"
                + "--x\r\n\r\none\r\n"
                + "--x\r\n\r\na\r\nb\r\nc\r\n"
                + "--x--\r\n"));

        assertThat(text(prepared.body())).isEqualTo("((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 3 0)"
                + "(\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 7 2) \"mixed\")");
        assertThat(text(prepared.bodyStructure())).contains("\"7bit\" 3 0 NIL").contains("\"7bit\" 7 2 NIL");
    }

    @Test
    void keepsNoStructureLargerThanTheBound() {
        StringBuilder message = new StringBuilder("Content-Type: multipart/mixed; boundary=x\r\n\r\n");
        for (int i = 0; i < 2000; i++) {
            message.append("--x\r\n\r\npart\r\n");
        }
        message.append("--x--\r\n");

        PreparedFetch prepared = FetchPreparation.prepare(bytes(message.toString()));

        assertThat(prepared.body()).isNull();
        assertThat(prepared.bodyStructure()).isNull();
        assertThat(prepared.envelope()).isNotNull();
        assertThat(text(prepared.header())).isEqualTo("Content-Type: multipart/mixed; boundary=x\r\n\r\n");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
