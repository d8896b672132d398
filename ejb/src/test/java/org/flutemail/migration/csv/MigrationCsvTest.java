package org.flutemail.migration.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flutemail.domain.MigrationSource.Protocol;
import org.flutemail.domain.MigrationSource.Tls;
import org.junit.jupiter.api.Test;

class MigrationCsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndIgnoresAByteOrderMark() {
        List<CsvReader.Row> rows = CsvReader.read("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n 1 , 2 ,3");

        assertThat(rows).extracting(CsvReader.Row::fields).containsExactly(List.of("a", "b", "c"),
                List.of("x, y", "say \"hi\"", "two\nlines"), List.of("1", "2", "3"));
        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 5);
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> CsvReader.read("a,b\n\"open,2\n")).hasMessageContaining("line 2");
    }

    @Test
    void fillsDefaultsFromProtocolAndPort() {
        List<MigrationCsv.Entry> entries = MigrationCsv.parse("""
                Address,Old Server,Old Login,Old Password,Protocol,Port,TLS
                Zhang.San@Example.Test,mail.old.example,zhangsan,secret,,,
                li@example.test,mail.old.example,,"pa,ss",pop3,110,
                wang@example.test,mail.old.example,wang,pw,imap,143,none
                """);

        assertThat(entries).allSatisfy(e -> assertThat(e.error()).isNull());
        MigrationCsv.Entry zhang = entries.get(0);
        assertThat(zhang.address()).isEqualTo("zhang.san@example.test");
        assertThat(zhang.server().protocol()).isEqualTo(Protocol.IMAP);
        assertThat(zhang.server().port()).isEqualTo(993);
        assertThat(zhang.server().tls()).isEqualTo(Tls.IMPLICIT);
        MigrationCsv.Entry li = entries.get(1);
        assertThat(li.server().login()).isEqualTo("li@example.test");
        assertThat(li.server().password()).isEqualTo("pa,ss");
        assertThat(li.server().tls()).isEqualTo(Tls.STARTTLS);
        assertThat(entries.get(2).server().tls()).isEqualTo(Tls.NONE);
    }

    @Test
    void eachBadRowIsReportedWithItsLineWhileTheGoodOnesAreKept() {
        List<MigrationCsv.Entry> entries = MigrationCsv.parse("""
                address,server,login,password,protocol,port,tls,fingerprint
                good@example.test,old.example,good,pw,,,,
                not an address,old.example,x,pw,,,,
                nopass@example.test,old.example,x,,,,,
                proto@example.test,old.example,x,pw,smtp,,,
                port@example.test,old.example,x,pw,imap,70000,,
                tls@example.test,old.example,x,pw,imap,,maybe,
                fp@example.test,old.example,x,pw,imap,,,abcd
                """);

        assertThat(entries).hasSize(7);
        assertThat(entries.get(0).error()).isNull();
        assertThat(entries.subList(1, 7)).extracting(MigrationCsv.Entry::error).allSatisfy(e -> assertThat(e).isNotNull());
        assertThat(entries.get(1).error()).startsWith("line 3: ");
        assertThat(entries.get(2).error()).isEqualTo("line 4: the old password is missing");
        assertThat(entries.get(3).error()).contains("protocol must be imap or pop3");
        assertThat(entries.get(4).error()).contains("port must be a number");
        assertThat(entries.get(5).error()).contains("tls must be none, starttls or implicit");
        assertThat(entries.get(6).error()).contains("fingerprint");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> MigrationCsv.parse("email,host\nx@example.test,old.example\n"))
                .hasMessageContaining("no column password");
        assertThatThrownBy(() -> MigrationCsv.parse("")).hasMessageContaining("empty");
    }

    @Test
    void accountRowsTakeAnOptionalPasswordNameAndQuota() {
        List<AccountCsv.Entry> entries = AccountCsv.parse("""
                address,password,display name,quota
                a@example.test,Preset-Pass-1,"Zhang, San",1048576
                b@example.test,,,
                c@example.test,,,lots
                """);

        assertThat(entries.get(0)).isEqualTo(new AccountCsv.Entry(2, "a@example.test", "Preset-Pass-1", "Zhang, San",
                1048576L, null));
        assertThat(entries.get(1).password()).isNull();
        assertThat(entries.get(1).error()).isNull();
        assertThat(entries.get(2).error()).isEqualTo("line 4: quotaBytes must be a whole number of octets, not 'lots'");
    }
}
