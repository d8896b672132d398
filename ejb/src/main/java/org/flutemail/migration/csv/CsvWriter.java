package org.flutemail.migration.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV that {@link CsvReader} and spreadsheets read back: RFC 4180 quoting, CRLF, UTF-8 with a
 * byte order mark (without it Excel shows Chinese names as mojibake).
 *
 * <p>A cell that starts like a spreadsheet formula ({@code = + - @}, tab or carriage return) gets an
 * apostrophe in front: exported files are opened by administrators in Excel or WPS, and a display
 * name such as {@code =HYPERLINK(...)} chosen by a user must stay text there ("CSV injection").
 * {@link #restored} takes the apostrophe off again when such a file is imported.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String cell = value == null ? "" : value;
        // A cell that already looks protected ('=…) gets one more apostrophe, so that restoring gives it back whole.
        if (startsLikeAFormula(cell, 0)) {
            cell = "'" + cell;
        }
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                || cell.startsWith(" ") || cell.endsWith(" ");
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** A cell as it was before {@link CsvWriter} protected it from being taken for a formula. */
    public static String restored(String cell) {
        return cell != null && cell.startsWith("'") && startsLikeAFormula(cell, 1) ? cell.substring(1) : cell;
    }

    /** From {@code from} on: any apostrophes, then a character that starts a formula. */
    private static boolean startsLikeAFormula(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0;
    }
}
