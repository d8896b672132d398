package org.flutemail.migration.csv;

import java.util.List;
import java.util.Map;

/**
 * Accounts to create in bulk: {@code address}, and optionally {@code password} (the preset password;
 * generated when empty), {@code displayName} and {@code quotaBytes}.
 */
public final class AccountCsv {

    private static final Map<String, String> ALIASES = Map.of(
            "email", "address", "name", "displayname", "quota", "quotabytes", "presetpassword", "password");

    /** One row: {@code error} is set when it cannot be used. */
    public record Entry(int line, String address, String password, String displayName, Long quotaBytes,
            String error) {
    }

    private AccountCsv() {
    }

    public static List<Entry> parse(String text) {
        CsvTable table = new CsvTable(text, ALIASES, List.of("address"));
        return table.entries(new CsvTable.RowReader<>() {
            @Override
            public Entry read(CsvReader.Row row, String address) {
                return new Entry(row.line(), address, table.cell(row, "password"), table.cell(row, "displayname"),
                        quota(table.cell(row, "quotabytes")), null);
            }

            @Override
            public Entry refused(CsvReader.Row row, String address, String reason) {
                return new Entry(row.line(), address, null, null, null, reason);
            }
        });
    }

    private static Long quota(String text) {
        if (text == null) {
            return null;
        }
        try {
            long quota = Long.parseLong(text.strip());
            if (quota < 0) {
                throw new NumberFormatException();
            }
            return quota;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quotaBytes must be a whole number of octets, not '" + text + "'");
        }
    }
}
