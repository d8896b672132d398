package org.flutemail.protocol.smtp.reply;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One SMTP reply: a three-digit code, an RFC 3463 enhanced status code (empty where RFC 2034 forbids
 * one: the greeting, HELO/EHLO and 3xx replies) and one or more text lines.
 */
public record Reply(int code, String status, List<String> lines) {

    public Reply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("not an SMTP reply code: " + code);
        }
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one line");
        }
    }

    public static Reply of(int code, String status, String text) {
        return new Reply(code, status, List.of(text));
    }

    /** A reply without an enhanced status code. */
    public static Reply plain(int code, String text) {
        return new Reply(code, "", List.of(text));
    }

    public boolean isPermanentFailure() {
        return code >= 500;
    }

    public boolean isFailure() {
        return code >= 400;
    }

    /** The reply as it goes on the wire: {@code 250-first} lines, then {@code 250 last}, each ending CRLF. */
    public byte[] encode() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(code).append(i == lines.size() - 1 ? ' ' : '-');
            if (!status.isEmpty()) {
                out.append(status).append(' ');
            }
            out.append(lines.get(i)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return new String(encode(), StandardCharsets.UTF_8).strip();
    }
}
