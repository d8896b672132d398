package org.flutemail.it.imaptest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command line of a script as it goes on the wire. Literals in it ({@code {n}} at a line end,
 * followed by n octets) become non-synchronising ({@code {n+}}) when the server announces LITERAL+;
 * otherwise the command is cut after each synchronising literal's header, where the client must
 * wait for the server's "+" before sending the data.
 */
final class CommandWire {

    private static final Pattern LITERAL_HEADER = Pattern.compile(" (~?)\\{(\\d{1,9})(\\+?)\\}\\r?$");

    private CommandWire() {
    }

    /** The parts to send one after the other; every part but the last ends a synchronising literal header. */
    static List<String> parts(String tag, String command, boolean literalPlus) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder(tag).append(' ');
        int pos = 0;
        int newline;
        while ((newline = command.indexOf('\n', pos)) >= 0) {
            String line = command.substring(pos, newline);
            Matcher header = LITERAL_HEADER.matcher(line);
            if (!header.find()) {
                current.append(command, pos, newline + 1);
                pos = newline + 1;
                continue;
            }
            boolean nonSynchronising = literalPlus || !header.group(3).isEmpty();
            current.append(line, 0, header.start()).append(' ').append(header.group(1)).append('{')
                    .append(header.group(2)).append(nonSynchronising ? "+" : "").append("}\r\n");
            if (!nonSynchronising) {
                parts.add(current.toString());
                current = new StringBuilder();
            }
            int end = Math.min(command.length(), newline + 1 + Integer.parseInt(header.group(2)));
            current.append(command, newline + 1, end);
            pos = end;
        }
        current.append(command.substring(pos)).append("\r\n");
        parts.add(current.toString());
        return parts;
    }
}
