package org.flutemail.migration.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flutemail.domain.EmailAddress;

/** A CSV file whose first row names the columns; cells are looked up by column name. */
final class CsvTable {

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<CsvReader.Row> rows;

    /**
     * @param aliases other spellings of a column name ({@code old_password} for {@code password}), all
     *                compared without case, spaces, dashes and underscores
     */
    CsvTable(String text, Map<String, String> aliases, List<String> required) {
        List<CsvReader.Row> all = CsvReader.read(text);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the CSV file is empty; it needs a header row naming its columns");
        }
        List<String> header = all.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            columns.putIfAbsent(aliases.getOrDefault(name, name), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException("the CSV header row has no column " + column
                        + " (found: " + String.join(", ", header) + ")");
            }
        }
        this.rows = all.subList(1, all.size());
    }

    /** Builds an entry from a row that can be used, or says why it cannot. */
    interface RowReader<T> {
        T read(CsvReader.Row row, String address);

        T refused(CsvReader.Row row, String address, String reason);
    }

    /**
     * One entry per row: {@code reader.read} with the row's address checked and canonical, or, when
     * that fails with an IllegalArgumentException, {@code reader.refused} with "line n: reason".
     */
    <T> List<T> entries(RowReader<T> reader) {
        List<T> entries = new java.util.ArrayList<>();
        for (CsvReader.Row row : rows) {
            String address = CsvWriter.restored(cell(row, "address"));
            try {
                if (address == null) {
                    throw new IllegalArgumentException("the address is missing");
                }
                entries.add(reader.read(row, EmailAddress.parse(address).toString()));
            } catch (IllegalArgumentException e) {
                entries.add(reader.refused(row, address, "line " + row.line() + ": " + e.getMessage()));
            }
        }
        return entries;
    }

    /** The cell, or null when the row is too short or the cell empty. */
    String cell(CsvReader.Row row, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.fields().size()) {
            return null;
        }
        String value = row.fields().get(index);
        return value.isEmpty() ? null : value;
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
