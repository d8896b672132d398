package org.flutemail.protocol.imap.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ResponseWriterTest {

    private final ResponseWriter writer = new ResponseWriter(false);

    private String written(ResponseWriter w) {
        return new String(w.drain(), StandardCharsets.UTF_8);
    }

    @Test
    void taggedStatusWithCode() {
        writer.tagged("a1", Status.OK, "READ-WRITE", "SELECT completed");
        assertThat(written(writer)).isEqualTo("a1 OK [READ-WRITE] SELECT completed\r\n");
    }

    @Test
    void untaggedStatusAndContinuation() {
        writer.untaggedStatus(Status.BYE, null, "Logging out").continuation("Ready");
        assertThat(written(writer)).isEqualTo("* BYE Logging out\r\n+ Ready\r\n");
    }

    @Test
    void untaggedDataWithListsAndSpacing() {
        writer.untagged().atom("FLAGS").openList().atom("\\Seen").atom("\\Deleted").closeList().end();
        writer.untagged().number(12).atom("FETCH").openList().atom("UID").number(7).atom("FLAGS").openList()
                .closeList().closeList().end();
        assertThat(written(writer)).isEqualTo("* FLAGS (\\Seen \\Deleted)\r\n* 12 FETCH (UID 7 FLAGS ())\r\n");
    }

    @Test
    void stringsChooseQuotedOrLiteral() {
        writer.untagged().string("plain").string("say \"hi\" \\o/").string("two\r\nlines").string("Grüße").end();
        assertThat(written(writer)).isEqualTo(
                "* \"plain\" \"say \\\"hi\\\" \\\\o/\" {10}\r\ntwo\r\nlines {7}\r\nGrüße\r\n");
    }

    @Test
    void utf8AcceptAllowsEightBitQuotedStrings() {
        ResponseWriter utf8 = new ResponseWriter(true);
        utf8.untagged().string("Grüße").string("a\nb").end();
        assertThat(written(utf8)).isEqualTo("* \"Grüße\" {3}\r\na\nb\r\n");
    }

    @Test
    void astringUsesAtomOnlyWhereItReadsBackTheSame() {
        writer.untagged().astring("INBOX").astring("NIL").astring("").astring("a b").astring("50%").end();
        assertThat(written(writer)).isEqualTo("* INBOX \"NIL\" \"\" \"a b\" \"50%\"\r\n");
    }

    @Test
    void nstringAndNil() {
        writer.untagged().nstring(null).nstring("x").nil().end();
        assertThat(written(writer)).isEqualTo("* NIL \"x\" NIL\r\n");
    }

    @Test
    void mailboxNamesAreEncodedUnlessUtf8Accept() {
        writer.untagged().atom("LIST").openList().closeList().string("/").mailbox("收件箱").end();
        assertThat(written(writer)).isEqualTo("* LIST () \"/\" &ZTZO9nux-\r\n");
        ResponseWriter utf8 = new ResponseWriter(true);
        utf8.untagged().mailbox("收件箱").end();
        assertThat(written(utf8)).isEqualTo("* \"收件箱\"\r\n");
    }

    @Test
    void literalsAndLiteral8() {
        writer.untagged().literal("abc".getBytes(StandardCharsets.US_ASCII)).literal8(new byte[] {0, 1}).end();
        assertThat(written(writer)).isEqualTo("* {3}\r\nabc ~{2}\r\n\0\1\r\n");
    }

    @Test
    void longStringsGoAsLiterals() {
        writer.untagged().string("x".repeat(1025)).end();
        assertThat(written(writer)).startsWith("* {1025}\r\nxxx");
    }

    @Test
    void textCannotInjectALine() {
        writer.tagged("a", Status.NO, null, "no such mailbox: evil\r\n* OK fake");
        assertThat(written(writer)).isEqualTo("a NO no such mailbox: evil  * OK fake\r\n");
    }

    @Test
    void refusesBrokenAtomsAndCodes() {
        assertThatThrownBy(() -> writer.atom("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.number(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.tagged("a", Status.OK, "X]\r\n", "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
