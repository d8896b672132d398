package org.flutemail.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flutemail.domain.EmailAddress;
import org.flutemail.migration.csv.CsvWriter;
import org.flutemail.migration.csv.CsvReader;

/**
 * Reads contacts from a CSV file whose header names the columns, given which column names mean what
 * (a layout: Outlook's, Foxmail's, the generic one). Names are compared without case, spaces, dashes
 * and underscores. A row needs one good address; a bad address, or none, skips the row with its line.
 */
final class CsvLayout {

    /** What a column holds. Several columns may hold addresses (all are kept) or phones (the first wins). */
    enum Field {
        NAME, GIVEN, MIDDLE, FAMILY, EMAIL, PHONE, COMPANY, NOTES, GROUPS
    }

    private final Map<String, Field> columns;

    /** {@code columns}: column name (as the program writes it) to what it holds. */
    CsvLayout(Map<String, Field> columns) {
        this.columns = new LinkedHashMap<>();
        columns.forEach((name, field) -> this.columns.put(normalise(name), field));
    }

    static String normalise(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    /** How many of the header's columns this layout knows: the layout knowing most reads the file. */
    int known(List<String> header) {
        return (int) header.stream().map(CsvLayout::normalise).filter(columns::containsKey).count();
    }

    boolean hasAddressColumn(List<String> header) {
        return header.stream().map(CsvLayout::normalise).anyMatch(c -> columns.get(c) == Field.EMAIL);
    }

    ContactFile read(String text) {
        List<CsvReader.Row> rows = CsvReader.read(text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the CSV file is empty; it needs a header row naming its columns");
        }
        List<String> header = rows.get(0).fields();
        if (!hasAddressColumn(header)) {
            throw new IllegalArgumentException("the CSV header row names no address column (found: "
                    + String.join(", ", header) + ")");
        }
        List<Field> fields = header.stream().map(h -> columns.get(normalise(h))).toList();
        List<ContactCard> cards = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            try {
                cards.add(card(fields, row.fields()));
            } catch (IllegalArgumentException e) {
                problems.add("line " + row.line() + ": " + e.getMessage());
            }
        }
        return new ContactFile(cards, problems);
    }

    private static ContactCard card(List<Field> fields, List<String> cells) {
        Map<Field, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size() && i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : CsvWriter.restored(cells.get(i).strip());
            if (fields.get(i) != null && !cell.isEmpty()) {
                values.computeIfAbsent(fields.get(i), f -> new ArrayList<>()).add(cell);
            }
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String cell : values.getOrDefault(Field.EMAIL, List.of())) {
            for (String address : cell.split("[;,\\s]+")) {
                if (!address.isEmpty()) {
                    addresses.add(EmailAddress.parse(address).toString());
                }
            }
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("the row has no address");
        }
        List<String> groups = new ArrayList<>();
        for (String cell : values.getOrDefault(Field.GROUPS, List.of())) {
            for (String group : cell.split("[;,]")) {
                if (!group.isBlank()) {
                    groups.add(group.strip());
                }
            }
        }
        return new ContactCard(name(values), List.copyOf(addresses), first(values, Field.PHONE),
                first(values, Field.COMPANY), String.join("\n", values.getOrDefault(Field.NOTES, List.of())), groups);
    }

    /** The full name column, or the name's parts: "given middle family", or family then given in Chinese. */
    private static String name(Map<Field, List<String>> values) {
        String whole = first(values, Field.NAME);
        if (!whole.isEmpty()) {
            return whole;
        }
        return Names.fromParts(first(values, Field.FAMILY), first(values, Field.GIVEN), first(values, Field.MIDDLE));
    }

    private static String first(Map<Field, List<String>> values, Field field) {
        List<String> found = values.get(field);
        return found == null ? "" : found.get(0);
    }
}
