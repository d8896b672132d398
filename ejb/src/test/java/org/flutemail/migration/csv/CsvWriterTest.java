package org.flutemail.migration.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaStayText() {
        String written = text(new CsvWriter().row(List.of("=HYPERLINK(\"http://x\",\"y\")", "+86 10 1234", "-1", "@SUM(A1)",
                "a=b", "plain")));

        assertThat(written).isEqualTo("\uFEFF\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+86 10 1234,'-1,'@SUM(A1),a=b,plain\r\n");
    }

    @Test
    void whatItWritesReadsBackAsItWasWhenRestored() {
        List<String> cells = List.of("=1+2", "Lee, Ann", "two\nlines", " padded ", "\"quoted\"", "张伟", "", "'=kept?");

        List<CsvReader.Row> rows = CsvReader.read(text(new CsvWriter().row(cells)));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.fields().stream().map(CsvWriter::restored))
                .containsExactlyElementsOf(List.of("=1+2", "Lee, Ann", "two\nlines", " padded ", "\"quoted\"", "张伟", "",
                        "'=kept?")));
    }

    @Test
    void restoredLeavesAnApostropheThatProtectsNothingAlone() {
        assertThat(CsvWriter.restored("'quoted")).isEqualTo("'quoted");
        assertThat(CsvWriter.restored("'")).isEqualTo("'");
        assertThat(CsvWriter.restored(null)).isNull();
    }

    private static String text(CsvWriter writer) {
        return new String(writer.toBytes(), StandardCharsets.UTF_8);
    }
}
