package org.flutemail.it.imaptest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code $variables} of one script run: predefined ones ({@code $user}, {@code $mailbox}...),
 * values captured from server replies, the {@code $n} map from the sequence numbers at the start of
 * a command group to the current ones (EXPUNGEs shift it), and the rising floor of {@code $modseqN}.
 */
final class Variables {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> capturedSinceMark = new ArrayList<>();
    private int[] sequenceMap = new int[0];
    private long highestModseqIndex;
    private long highestModseqValue;

    void define(String name, String value) {
        values.put(name, value);
    }

    void forget(String name) {
        values.remove(name);
    }

    String value(String name) {
        return values.get(name);
    }

    /** A value learned from the server; it is dropped again by {@link #revertCaptures()}. */
    void capture(String name, String value) {
        values.put(name, value);
        capturedSinceMark.add(name);
    }

    /** The replies matched: keep what they taught. */
    void keepCaptures() {
        capturedSinceMark.clear();
    }

    /** A reply did not match after all: forget what it seemed to teach. */
    void revertCaptures() {
        capturedSinceMark.forEach(values::remove);
        capturedSinceMark.clear();
    }

    /**
     * A {@code $modseqN} value: modseqs must rise at least by the gap between the indexes seen. A
     * value below that floor comes back as a marker that matches nothing, so the reply fails.
     */
    String captureModseq(String name, long index, String received) {
        String result = received;
        long value;
        try {
            value = Long.parseUnsignedLong(received);
        } catch (NumberFormatException e) {
            values.put(name, "$modseq-not-number");
            return "$modseq-not-number";
        }
        if (highestModseqIndex > index) {
            values.put(name, "$modseq-order-mismatch");
            return "$modseq-order-mismatch";
        }
        long atLeast = highestModseqValue + (index - highestModseqIndex);
        if (value < atLeast) {
            result = "$modseq-at-least-" + atLeast;
            value = atLeast;
        }
        highestModseqIndex = index;
        highestModseqValue = value;
        values.put(name, result);
        return result;
    }

    /** At the start of a command group: {@code $n} is message n of the connection's current view. */
    void startGroup(int messageCount) {
        sequenceMap = new int[messageCount];
        for (int i = 0; i < messageCount; i++) {
            sequenceMap[i] = i + 1;
        }
    }

    /** An EXPUNGE of {@code seq} was received: later messages move down by one. */
    void expunged(int seq) {
        if (seq <= 0 || seq > sequenceMap.length) {
            return;
        }
        for (int i = seq - 1; i < sequenceMap.length; i++) {
            if (sequenceMap[i] == seq) {
                sequenceMap[i] = 0;
            } else if (sequenceMap[i] > seq) {
                sequenceMap[i]--;
            }
        }
    }

    String relativeSequence(long n) {
        if (n == 0) {
            return "<zero seq>";
        }
        if (n > sequenceMap.length) {
            return "<out of range>";
        }
        int current = sequenceMap[(int) n - 1];
        return current == 0 ? "<expunged>" : Integer.toString(current);
    }

    /**
     * Expands the variables of a command line ({@code $$} is a dollar sign, {@code $!...} directives
     * vanish). An uninitialized variable is a script failure, unless {@code lenient}, which keeps a
     * {@code $} in its place (for showing an expected reply in a report).
     */
    String expand(String line, boolean lenient) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '$' || i == line.length() - 1) {
                out.append(c);
                i++;
                continue;
            }
            i++;
            char next = line.charAt(i);
            if (next == '$') {
                out.append('$');
                i++;
            } else if (next == '!') {
                while (i < line.length() && line.charAt(i) != ' ') {
                    i++;
                }
            } else {
                String name;
                if (next == '{') {
                    int close = line.indexOf('}', i);
                    if (close < 0) {
                        throw new ScriptFailure("missing '}' in " + line);
                    }
                    name = line.substring(i + 1, close);
                    i = close + 1;
                } else {
                    int end = i;
                    while (end < line.length() && isVariableChar(line.charAt(end))) {
                        end++;
                    }
                    name = line.substring(i, end);
                    i = end;
                }
                String value = isNumber(name) ? relativeSequence(Long.parseLong(name)) : values.get(name);
                if (value == null && !lenient) {
                    throw new ScriptFailure("uninitialized variable $" + name);
                }
                out.append(value == null ? "$" : value);
            }
        }
        return out.toString();
    }

    static boolean isVariableChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    static boolean isNumber(String name) {
        return !name.isEmpty() && name.length() < 10 && name.chars().allMatch(Character::isDigit);
    }
}
