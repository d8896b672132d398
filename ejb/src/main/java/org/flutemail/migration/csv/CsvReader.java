package org.flutemail.migration.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it and spreadsheets write it: comma-separated fields, double quotes
 * around fields with commas, quotes or line breaks, {@code ""} for a quote inside; CRLF or LF; a UTF-8
 * byte order mark (Excel's "CSV UTF-8") is ignored. Unquoted fields are trimmed; empty lines skipped.
 */
public final class CsvReader {

    /** A record with the line it starts on (1-based, counting the header). */
    public record Row(int line, List<String> fields) {
    }

    /** A field whose quote is never closed: everything to the end would be one field. */
    public static final class CsvException extends IllegalArgumentException {
        public CsvException(String message) {
            super(message);
        }
    }

    private CsvReader() {
    }

    public static List<Row> read(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int rowLine = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(value(field, wasQuoted));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                fields.add(value(field, wasQuoted));
                addRow(rows, rowLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new CsvException("line " + rowLine + ": a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
            fields.add(value(field, wasQuoted));
            addRow(rows, rowLine, fields);
        }
        return rows;
    }

    private static String value(StringBuilder field, boolean quoted) {
        return quoted ? field.toString() : field.toString().strip();
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        boolean empty = fields.stream().allMatch(String::isEmpty);
        if (!empty) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
