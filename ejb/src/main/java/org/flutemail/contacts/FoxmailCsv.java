package org.flutemail.contacts;

import static org.flutemail.contacts.CsvLayout.Field.COMPANY;
import static org.flutemail.contacts.CsvLayout.Field.EMAIL;
import static org.flutemail.contacts.CsvLayout.Field.FAMILY;
import static org.flutemail.contacts.CsvLayout.Field.GIVEN;
import static org.flutemail.contacts.CsvLayout.Field.GROUPS;
import static org.flutemail.contacts.CsvLayout.Field.NAME;
import static org.flutemail.contacts.CsvLayout.Field.NOTES;
import static org.flutemail.contacts.CsvLayout.Field.PHONE;

import java.util.Map;

/**
 * The CSV that Foxmail's address book exports, with Chinese column names, in GBK unless the user chose
 * UTF-8: 姓名 (the whole name; else 姓 and 名), 电子邮件地址 and further address columns, 手机 / 办公电话 /
 * 家庭电话, 公司 or 单位, 备注 or 附注, and 分组 (groups). Other columns are ignored.
 */
public final class FoxmailCsv {

    static final CsvLayout LAYOUT = new CsvLayout(Map.ofEntries(
            Map.entry("姓名", NAME), Map.entry("显示名", NAME), Map.entry("姓", FAMILY), Map.entry("名", GIVEN),
            Map.entry("电子邮件地址", EMAIL), Map.entry("电子邮件地址2", EMAIL), Map.entry("其他电子邮件地址", EMAIL),
            Map.entry("邮件地址", EMAIL), Map.entry("手机", PHONE), Map.entry("移动电话", PHONE),
            Map.entry("办公电话", PHONE), Map.entry("家庭电话", PHONE), Map.entry("公司", COMPANY),
            Map.entry("单位", COMPANY), Map.entry("备注", NOTES), Map.entry("附注", NOTES), Map.entry("分组", GROUPS),
            Map.entry("组", GROUPS)));

    private FoxmailCsv() {
    }

    public static ContactFile read(String text) {
        return LAYOUT.read(text);
    }
}
