package org.flutemail.it.imaptest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages a script appends, read from its mbox as imaptest reads them: a message runs from one
 * valid "From " separator line to the next (the blank line before the separator included), lines
 * end in CRLF, and "&gt;From" lines are left as they are. The separator's date becomes the APPEND's
 * INTERNALDATE. Reading wraps around to the first message after the last.
 */
final class MboxSource {

    /** One message: its bytes as ISO-8859-1 text, and the INTERNALDATE to append it with. */
    record Message(String content, String internalDate) {
    }

    private static final Pattern SEPARATOR = Pattern.compile(
            "From \\S+\\s+\\w{3} (\\w{3})\\s+(\\d{1,2}) (\\d{1,2}):(\\d{2})(?::(\\d{2}))? (\\d{4})(?: ([+-]\\d{4}))?\\s*");

    private final List<Message> messages;
    private int next;

    private MboxSource(List<Message> messages) {
        this.messages = messages;
    }

    static MboxSource read(Path mbox) {
        String content;
        try {
            content = new String(Files.readAllBytes(mbox), ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Message> messages = new ArrayList<>();
        StringBuilder current = null;
        String date = null;
        String[] lines = content.split("\n", -1);
        int count = content.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            Matcher separator = SEPARATOR.matcher(line);
            if (separator.matches() && (current == null || !current.isEmpty())) {
                if (current != null) {
                    messages.add(new Message(current.toString(), date));
                }
                current = new StringBuilder();
                date = internalDate(separator);
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(mbox + " does not start with a From line");
            }
            current.append(line).append("\r\n");
        }
        if (current != null) {
            messages.add(new Message(current.toString(), date));
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException(mbox + " holds no message");
        }
        return new MboxSource(messages);
    }

    private static String internalDate(Matcher from) {
        String seconds = from.group(5) == null ? "00" : from.group(5);
        String zone = from.group(7) == null ? "+0000" : from.group(7);
        return String.format("%02d-%s-%s %02d:%s:%s %s", Integer.parseInt(from.group(2)), from.group(1),
                from.group(6), Integer.parseInt(from.group(3)), from.group(4), seconds, zone);
    }

    /** True when every message has been handed out once (before wrapping around). */
    boolean atEnd() {
        return next == messages.size();
    }

    Message next() {
        if (next == messages.size()) {
            next = 0;
        }
        return messages.get(next++);
    }
}
