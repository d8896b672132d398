package org.flutemail.contacts;

import static org.flutemail.contacts.CsvLayout.Field.COMPANY;
import static org.flutemail.contacts.CsvLayout.Field.EMAIL;
import static org.flutemail.contacts.CsvLayout.Field.GROUPS;
import static org.flutemail.contacts.CsvLayout.Field.NAME;
import static org.flutemail.contacts.CsvLayout.Field.NOTES;
import static org.flutemail.contacts.CsvLayout.Field.PHONE;

import java.util.Map;

/**
 * Flute's own CSV, which {@link ContactCsvWriter} writes and a person can make in a spreadsheet: Name,
 * Email (and Email 2, Email 3, or several addresses in one cell), Phone, Company, Notes, Groups (";").
 */
public final class GenericCsv {

    static final CsvLayout LAYOUT = new CsvLayout(Map.ofEntries(
            Map.entry("Name", NAME), Map.entry("Display Name", NAME), Map.entry("Email", EMAIL),
            Map.entry("Email 2", EMAIL), Map.entry("Email 3", EMAIL), Map.entry("Emails", EMAIL),
            Map.entry("Address", EMAIL), Map.entry("Phone", PHONE), Map.entry("Company", COMPANY),
            Map.entry("Notes", NOTES), Map.entry("Groups", GROUPS)));

    private GenericCsv() {
    }

    public static ContactFile read(String text) {
        return LAYOUT.read(text);
    }
}
