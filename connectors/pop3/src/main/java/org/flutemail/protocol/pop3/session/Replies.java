package org.flutemail.protocol.pop3.session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How a session answers (RFC 1939 section 3): {@code +OK} and {@code -ERR} lines, dot-terminated lists,
 * and the count of refused commands after which the server ends the session.
 */
final class Replies {

    private final int maxBadCommands;
    private int badCommands;
    private boolean closing;

    Replies(int maxBadCommands) {
        this.maxBadCommands = maxBadCommands;
    }

    void ok(OutputStream out, String text) throws IOException {
        write(out, text.isEmpty() ? "+OK" : "+OK " + text);
    }

    void err(OutputStream out, String text) throws IOException {
        write(out, "-ERR " + text);
    }

    /** An error that counts: unknown, malformed or refused commands, and failed logins. */
    void bad(OutputStream out, String text) throws IOException {
        badCommands++;
        if (badCommands >= maxBadCommands) {
            closing = true;
            err(out, text + "; too many errors, closing connection");
        } else {
            err(out, text);
        }
    }

    /** The lines of a multi-line response, byte-stuffed, and the terminating dot. */
    void lines(OutputStream out, List<String> lines) throws IOException {
        StringBuilder response = new StringBuilder();
        for (String line : lines) {
            response.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
        }
        out.write(response.append(".\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A line that is neither {@code +OK} nor {@code -ERR}: the SASL continuation. */
    void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The session ends after the current response. */
    void close() {
        closing = true;
    }

    boolean isClosing() {
        return closing;
    }
}
