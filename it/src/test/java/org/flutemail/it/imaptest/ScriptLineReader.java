package org.flutemail.it.imaptest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into logical lines: comment lines dropped, and every multi-line block
 * {@code {{{ ... }}}} folded into its line as an IMAP literal {@code {n}\r\n<data>}. Inside an
 * ordinary block lines are joined with CRLF; inside a binary block {@code ~{{{} they keep the file's
 * own bytes (a CR in the file stays, lines are joined with LF), so binary test data survives exactly.
 * The line end before {@code }}}} belongs to the syntax, not to the data.
 */
final class ScriptLineReader {

    record Line(int number, String text) {
    }

    private ScriptLineReader() {
    }

    /** @param content the script file decoded as ISO-8859-1 */
    static List<Line> read(String content) {
        List<Line> lines = new ArrayList<>();
        String[] raw = content.split("\n", -1);
        int count = content.endsWith("\n") ? raw.length - 1 : raw.length;
        StringBuilder block = null;
        boolean binary = false;
        int blockStart = 0;
        int literalStart = 0;
        int lastLineEnd = 0;
        for (int i = 0; i < count; i++) {
            String line = raw[i];
            if (block != null) {
                if (!line.startsWith("}}}")) {
                    String data = binary ? line : stripCr(line);
                    block.append(data);
                    lastLineEnd = block.length();
                    block.append(binary ? "\n" : "\r\n");
                    continue;
                }
                block.setLength(lastLineEnd);
                block.insert(literalStart, (binary ? "~{" : "{") + (block.length() - literalStart) + "}\r\n");
                String rest = stripCr(line.substring(3));
                if (rest.endsWith("{{{")) {
                    binary = rest.endsWith("~{{{");
                    block.append(rest, 0, rest.length() - (binary ? 4 : 3));
                    literalStart = block.length();
                    lastLineEnd = literalStart;
                    continue;
                }
                block.append(rest);
                lines.add(new Line(blockStart, block.toString()));
                block = null;
                continue;
            }
            line = stripCr(line);
            if (line.startsWith("#")) {
                continue;
            }
            if (line.endsWith("{{{")) {
                binary = line.endsWith("~{{{");
                block = new StringBuilder(line.substring(0, line.length() - (binary ? 4 : 3)));
                blockStart = i + 1;
                literalStart = block.length();
                lastLineEnd = literalStart;
                continue;
            }
            lines.add(new Line(i + 1, line));
        }
        if (block != null) {
            throw new ScriptSyntaxException(blockStart, "multi-line block not closed with }}}");
        }
        return lines;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
