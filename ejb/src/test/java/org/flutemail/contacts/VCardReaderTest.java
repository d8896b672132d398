package org.flutemail.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VCardReaderTest {

    @Test
    void readsSeveralCardsOfVersions3And4WithFoldedLinesAndEscapes() {
        String file = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\n"
                + "EMAIL;TYPE=INTERNET,PREF:ann@exa\r\n mple.com\r\nitem1.EMAIL;TYPE=INTERNET:ann@home.test\r\n"
                + "TEL;TYPE=CELL:+1 555 0100\r\nORG:Acme\\, Inc.;Sales\r\nNOTE:line one\\nline two\\; end\r\n"
                + "CATEGORIES:Friends,Work\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nN:张;伟;;;\r\nEMAIL;PREF=1:mailto:zhang@example.cn\r\n"
                + "TEL;VALUE=uri:tel:+86-10-1234\r\nEND:VCARD\r\n";

        ContactFile read = VCardReader.read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.cards()).hasSize(2);
        ContactCard ann = read.cards().get(0);
        assertThat(ann.name()).isEqualTo("Ann Lee");
        assertThat(ann.addresses()).containsExactly("ann@example.com", "ann@home.test");
        assertThat(ann.phone()).isEqualTo("+1 555 0100");
        assertThat(ann.company()).isEqualTo("Acme, Inc.");
        assertThat(ann.notes()).isEqualTo("line one\nline two; end");
        assertThat(ann.groups()).containsExactly("Friends", "Work");
        ContactCard zhang = read.cards().get(1);
        assertThat(zhang.name()).as("from N when there is no FN").isEqualTo("张伟");
        assertThat(zhang.addresses()).containsExactly("zhang@example.cn");
        assertThat(zhang.phone()).isEqualTo("+86-10-1234");
    }

    @Test
    void decodesVCard21QuotedPrintableInItsCharsetAcrossSoftLineBreaks() {
        String gbkName = qp("王小明".getBytes(ContactText.GB18030));
        String utf8Note = qp("第一行\r\n第二行".getBytes(StandardCharsets.UTF_8));
        String file = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                + "FN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:" + gbkName + "\r\n"
                + "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:" + utf8Note.substring(0, 20) + "=\r\n"
                + utf8Note.substring(20) + "\r\n"
                + "EMAIL;INTERNET;PREF:wang@example.cn\r\nEND:VCARD\r\n";

        ContactFile read = ContactFiles.read(file.getBytes(StandardCharsets.US_ASCII));

        assertThat(read.cards()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("王小明");
            assertThat(c.notes()).isEqualTo("第一行\r\n第二行");
            assertThat(c.addresses()).containsExactly("wang@example.cn");
        });
    }

    @Test
    void aCardWithoutAnAddressOrWithABadOneIsReportedByItsLineAndTheOthersRead() {
        String file = "BEGIN:VCARD\nVERSION:3.0\nFN:No Mail\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Bad\nEMAIL:bad@\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Good\nEMAIL:good@example.com\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Cut\nEMAIL:cut@example.com\n";

        ContactFile read = VCardReader.read(file);

        assertThat(read.cards()).extracting(ContactCard::name).containsExactly("Good");
        assertThat(read.problems()).hasSize(3);
        assertThat(read.problems().get(0)).isEqualTo("line 1: the card has no address");
        assertThat(read.problems().get(1)).startsWith("line 5: ").contains("bad@");
        assertThat(read.problems().get(2)).isEqualTo("line 15: the card has no END:VCARD");
    }

    @Test
    void whatTheWriterWritesReadsBackTheSameAndNoLineIsLongerThan75Octets() {
        List<ContactCard> cards = List.of(new ContactCard("张伟 " + "很长的名字".repeat(10),
                List.of("zhang@example.cn", "z2@example.cn"), "+86 10", "飞鸟科技; Inc, Ltd", "两行\n备注",
                List.of("同事", "A,B")));

        byte[] written = VCardWriter.write(cards);

        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n").endsWith("END:VCARD\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ContactFiles.read(written).cards()).isEqualTo(cards);
    }

    private static String qp(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("=%02X", b & 0xFF));
        }
        return out.toString();
    }
}
