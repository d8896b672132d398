package org.flutemail.contacts;

import static org.flutemail.contacts.CsvLayout.Field.COMPANY;
import static org.flutemail.contacts.CsvLayout.Field.EMAIL;
import static org.flutemail.contacts.CsvLayout.Field.FAMILY;
import static org.flutemail.contacts.CsvLayout.Field.GIVEN;
import static org.flutemail.contacts.CsvLayout.Field.GROUPS;
import static org.flutemail.contacts.CsvLayout.Field.MIDDLE;
import static org.flutemail.contacts.CsvLayout.Field.NAME;
import static org.flutemail.contacts.CsvLayout.Field.NOTES;
import static org.flutemail.contacts.CsvLayout.Field.PHONE;

import java.util.Map;

/**
 * The CSV that Outlook (desktop "Export to a file", and Outlook.com) writes: the name in First, Middle
 * and Last Name, up to three addresses in "E-mail Address", "E-mail 2 Address", "E-mail 3 Address",
 * phones (mobile, then business, then home), Company, Notes, and Categories separated by ";" (read as
 * groups). Its many other columns are ignored.
 */
public final class OutlookCsv {

    static final CsvLayout LAYOUT = new CsvLayout(Map.ofEntries(
            Map.entry("First Name", GIVEN), Map.entry("Middle Name", MIDDLE), Map.entry("Last Name", FAMILY),
            Map.entry("E-mail Display Name", NAME),
            Map.entry("E-mail Address", EMAIL), Map.entry("E-mail 2 Address", EMAIL),
            Map.entry("E-mail 3 Address", EMAIL),
            Map.entry("Mobile Phone", PHONE), Map.entry("Business Phone", PHONE), Map.entry("Home Phone", PHONE),
            Map.entry("Primary Phone", PHONE),
            Map.entry("Company", COMPANY), Map.entry("Notes", NOTES), Map.entry("Categories", GROUPS)));

    private OutlookCsv() {
    }

    public static ContactFile read(String text) {
        return LAYOUT.read(text);
    }
}
