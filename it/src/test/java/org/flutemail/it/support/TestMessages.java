package org.flutemail.it.support;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Raw RFC 5322 messages (CRLF line ends) with a unique Message-ID. */
public final class TestMessages {

    public static final String SENDER = "tester@client.example";

    private TestMessages() {
    }

    /** A message as a client hands it over, and the Message-ID to find it by. */
    public record RawMessage(String messageId, byte[] bytes) {

        /**
         * The same message with {@code address} in its From header: on submission the server accepts
         * only a From header the authenticated account owns.
         */
        public RawMessage from(String address) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String replaced = text.replaceFirst("(?m)^From: [^\\r\\n]*", "From: <" + address + ">");
            if (replaced.equals(text)) {
                throw new IllegalStateException("the message has no From header to replace");
            }
            return new RawMessage(messageId, replaced.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static String newMessageId() {
        return "<" + UUID.randomUUID() + "@it.flutemail.test>";
    }

    /** A short plain ASCII message. */
    public static RawMessage simple(String to, String subject) {
        return build(to, subject, "text/plain; charset=US-ASCII", "7bit", "Hello from the integration tests.\r\n");
    }

    /**
     * A message that is easy to get wrong on the way: lines that start with dots (among them one
     * that is a dot alone, which SMTP would otherwise read as the end of data), an 8-bit UTF-8
     * body, trailing white space, empty lines, a line of the maximum 998 octets and a body of
     * about 200 KB.
     */
    public static RawMessage tricky(String to) {
        StringBuilder body = new StringBuilder()
                .append(".\r\n")
                .append("..\r\n")
                .append(".hidden line that starts with a dot\r\n")
                .append("...three dots\r\n")
                .append("\r\n")
                .append("Grüße aus Köln — ça va? 日本語のテキスト, emoji 🎵🦉\r\n")
                .append("trailing white space   \t\r\n")
                .append(" a line that starts with a space\r\n")
                .append("\r\n\r\n")
                .append("x".repeat(998)).append("\r\n");
        for (int i = 0; i < 2600; i++) {
            body.append(String.format("%05d The quick brown fox jumps over the lazy dog; ünïcödé and dots...%n", i)
                    .replace(System.lineSeparator(), "\r\n"));
            if (i % 100 == 0) {
                body.append(".\r\n");
            }
        }
        body.append("the end\r\n");
        return build(to, "Byte-exact delivery test", "text/plain; charset=UTF-8", "8bit", body.toString());
    }

    /**
     * A short 8-bit message: UTF-8 in the Subject (RFC 6532) and the body, lines that start with
     * dots and a line that is a dot alone.
     */
    public static RawMessage eightBit(String to, String subject) {
        String body = "Grüße aus Köln — ça va? 日本語のテキスト, emoji 🎵🦉\r\n"
                + ".\r\n"
                + "..two dots\r\n"
                + "Ünïcödé ".repeat(100) + "\r\n"
                + "the end\r\n";
        return build(to, subject + " — Grüße", "text/plain; charset=UTF-8", "8bit", body);
    }

    /** A plain ASCII message of exactly {@code size} octets, headers included (its body padded with x). */
    public static RawMessage ofSize(String to, int size) {
        return ofSize(SENDER, to, size);
    }

    /** As {@link #ofSize(String, int)}, with {@code from} in the From header. */
    public static RawMessage ofSize(String from, String to, int size) {
        RawMessage empty = build(to, "exactly " + size + " octets", "text/plain; charset=US-ASCII", "7bit", "")
                .from(from);
        int remaining = size - empty.bytes().length;
        if (remaining < 2) {
            throw new IllegalArgumentException(size + " octets is too small for the headers");
        }
        StringBuilder body = new StringBuilder(remaining);
        while (remaining > 1000) {
            body.append("x".repeat(998)).append("\r\n");
            remaining -= 1000;
        }
        body.append("x".repeat(remaining - 2)).append("\r\n");
        String message = new String(empty.bytes(), StandardCharsets.US_ASCII) + body;
        return new RawMessage(empty.messageId(), message.getBytes(StandardCharsets.US_ASCII));
    }

    private static RawMessage build(String to, String subject, String contentType, String transferEncoding,
                                    String body) {
        String messageId = newMessageId();
        String headers = "From: Integration Tester <" + SENDER + ">\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME) + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Transfer-Encoding: " + transferEncoding + "\r\n"
                + "\r\n";
        return new RawMessage(messageId, (headers + body).getBytes(StandardCharsets.UTF_8));
    }
}
