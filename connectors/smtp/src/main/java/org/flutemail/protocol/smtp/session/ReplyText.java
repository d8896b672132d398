package org.flutemail.protocol.smtp.session;

/**
 * Makes text from the store safe to put in a reply: one line, printable ASCII, short. The store's
 * words must never be able to forge a second reply line.
 */
final class ReplyText {

    private static final int MAX_LENGTH = 200;

    private ReplyText() {
    }

    static String clean(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        StringBuilder out = new StringBuilder();
        text.strip().chars().limit(MAX_LENGTH).forEach(c -> out.append(c >= 32 && c < 127 ? (char) c : '?'));
        return out.toString();
    }
}
