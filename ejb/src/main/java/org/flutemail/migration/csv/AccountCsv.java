package org.flutemail.migration.csv;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Accounts in bulk. Read: {@code address}, and optionally {@code password} (the preset password;
 * generated when empty), {@code displayName} and {@code quotaBytes}; other columns are ignored.
 * Written: the same columns but the password (never exported), plus what an administrator reads
 * in a spreadsheet ({@code classOfService}, {@code state}, {@code createdAt}), so an exported file
 * imports as it is into another domain or server.
 */
public final class AccountCsv {

    private static final Map<String, String> ALIASES = Map.of(
            "email", "address", "name", "displayname", "quota", "quotabytes", "presetpassword", "password");

    /** One row: {@code error} is set when it cannot be used. */
    public record Entry(int line, String address, String password, String displayName, Long quotaBytes,
            String error) {
    }

    /** An existing account as exported; {@code classOfService} null means its domain's default. */
    public record Exported(String address, String displayName, Long quotaBytes, String classOfService,
            String state, Instant createdAt) {
    }

    static final List<String> EXPORT_HEADER = List.of("address", "displayName", "quotaBytes", "classOfService",
            "state", "createdAt");

    private AccountCsv() {
    }

    public static byte[] write(List<Exported> accounts) {
        CsvWriter csv = new CsvWriter().row(EXPORT_HEADER);
        for (Exported a : accounts) {
            csv.row(Arrays.asList(a.address(), a.displayName(), a.quotaBytes() == null ? null : a.quotaBytes().toString(),
                    a.classOfService(), a.state(), a.createdAt() == null ? null : a.createdAt().toString()));
        }
        return csv.toBytes();
    }

    public static List<Entry> parse(String text) {
        CsvTable table = new CsvTable(text, ALIASES, List.of("address"));
        return table.entries(new CsvTable.RowReader<>() {
            @Override
            public Entry read(CsvReader.Row row, String address) {
                return new Entry(row.line(), address, table.cell(row, "password"),
                        CsvWriter.restored(table.cell(row, "displayname")),
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
