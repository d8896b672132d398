package org.flutemail.contacts;

import java.util.List;
import org.flutemail.migration.csv.CsvWriter;

/**
 * Writes contacts as the generic CSV ({@link GenericCsv}) with {@link CsvWriter}; addresses beyond the
 * third go into "Email 3", space-separated.
 */
public final class ContactCsvWriter {

    static final List<String> HEADER = List.of("Name", "Email", "Email 2", "Email 3", "Phone", "Company", "Notes",
            "Groups");

    private ContactCsvWriter() {
    }

    public static byte[] write(List<ContactCard> cards) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (ContactCard c : cards) {
            List<String> a = c.addresses();
            String rest = a.size() > 2 ? String.join(" ", a.subList(2, a.size())) : "";
            csv.row(List.of(c.name(), a.isEmpty() ? "" : a.get(0), a.size() > 1 ? a.get(1) : "", rest,
                    nullToEmpty(c.phone()), nullToEmpty(c.company()), nullToEmpty(c.notes()),
                    String.join(";", c.groups())));
        }
        return csv.toBytes();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
