package org.flutemail.contacts;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes contacts as the generic CSV ({@link GenericCsv}) in UTF-8 with a byte order mark, so that
 * Excel shows Chinese names as they are; addresses beyond the third go into "Email 3", space-separated.
 */
public final class ContactCsvWriter {

    static final List<String> HEADER = List.of("Name", "Email", "Email 2", "Email 3", "Phone", "Company", "Notes",
            "Groups");

    private ContactCsvWriter() {
    }

    public static byte[] write(List<ContactCard> cards) {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, HEADER);
        for (ContactCard c : cards) {
            List<String> a = c.addresses();
            String rest = a.size() > 2 ? String.join(" ", a.subList(2, a.size())) : "";
            row(out, List.of(c.name(), a.isEmpty() ? "" : a.get(0), a.size() > 1 ? a.get(1) : "", rest,
                    nullToEmpty(c.phone()), nullToEmpty(c.company()), nullToEmpty(c.notes()),
                    String.join(";", c.groups())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                    || cell.startsWith(" ") || cell.endsWith(" ");
            out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append("\r\n");
    }
}
