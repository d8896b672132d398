package org.flutemail.protocol.smtp.client;

import java.util.stream.Collectors;
import org.flutemail.protocol.smtp.client.transport.RawReply;

/** Turns wire replies into {@link SmtpReply}s: the enhanced status comes off every line, not just the first. */
final class Replies {

    private Replies() {
    }

    static SmtpReply from(RawReply raw) {
        SmtpReply first = SmtpReply.parse(raw.code(), raw.lines().isEmpty() ? "" : raw.lines().get(0));
        if (raw.lines().size() <= 1) {
            return first;
        }
        String text = raw.lines().stream()
                .map(line -> SmtpReply.parse(raw.code(), line).text())
                .collect(Collectors.joining(" "));
        return new SmtpReply(raw.code(), first.enhancedStatus(), text);
    }
}
