package org.flutemail.contacts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.flutemail.migration.csv.CsvReader;

/**
 * Reads an address book file of any of the kinds we know without being told which: vCard when it starts
 * with BEGIN:VCARD, else CSV in the layout whose column names its header matches best (Outlook,
 * Foxmail, the generic one).
 */
public final class ContactFiles {

    private ContactFiles() {
    }

    /** @throws IllegalArgumentException when the file as a whole cannot be read (no header, no address column) */
    public static ContactFile read(byte[] data) {
        String text = ContactText.decode(data);
        if (text.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD")) {
            return VCardReader.read(text);
        }
        List<CsvReader.Row> rows = CsvReader.read(text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        List<String> header = rows.get(0).fields();
        CsvLayout best = List.of(OutlookCsv.LAYOUT, FoxmailCsv.LAYOUT, GenericCsv.LAYOUT).stream()
                .max(Comparator.comparingInt(layout -> layout.known(header))).orElseThrow();
        return best.read(text);
    }
}
