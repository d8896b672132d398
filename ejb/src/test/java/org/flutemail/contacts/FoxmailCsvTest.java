package org.flutemail.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FoxmailCsvTest {

    private static final String FILE = "姓名,名,姓,昵称,电子邮件地址,手机,公司,部门,职位,办公电话,备注,分组\r\n"
            + "张伟,伟,张,小张,zhang.wei@example.cn,13800138000,飞鸟科技,销售部,经理,010-12345678,老客户,同事\r\n"
            + ",丽,李,,li@example.cn,,,,,,,\r\n"
            + "坏地址,,,,zhang@,,,,,,,\r\n";

    @Test
    void readsAFoxmailExportInGbk() {
        byte[] gbk = FILE.getBytes(java.nio.charset.Charset.forName("GBK"));

        ContactFile file = ContactFiles.read(gbk);

        assertChineseContacts(file);
    }

    @Test
    void readsTheSameExportInUtf8WithAndWithoutAByteOrderMark() {
        byte[] utf8 = FILE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + FILE).getBytes(StandardCharsets.UTF_8);

        assertChineseContacts(ContactFiles.read(utf8));
        assertChineseContacts(ContactFiles.read(bom));
    }

    @Test
    void theFoxmailParserReadsTheColumnsByTheirChineseNames() {
        ContactFile file = FoxmailCsv.read(FILE);

        assertChineseContacts(file);
    }

    private static void assertChineseContacts(ContactFile file) {
        assertThat(file.cards()).hasSize(2);
        ContactCard zhang = file.cards().get(0);
        assertThat(zhang.name()).isEqualTo("张伟");
        assertThat(zhang.addresses()).containsExactly("zhang.wei@example.cn");
        assertThat(zhang.phone()).isEqualTo("13800138000");
        assertThat(zhang.company()).isEqualTo("飞鸟科技");
        assertThat(zhang.notes()).isEqualTo("老客户");
        assertThat(zhang.groups()).containsExactly("同事");
        assertThat(file.cards().get(1).name()).as("family name then given name, no space").isEqualTo("李丽");
        assertThat(file.problems()).singleElement().asString().startsWith("line 4: ").contains("zhang@");
    }
}
