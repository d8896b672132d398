package org.flutemail.domain;

import java.time.Instant;

/**
 * The header fields a message list shows, decoded to Unicode and cut to the column sizes. Any of them
 * may be null when the message lacks or mangles the field.
 */
public record MessageSummary(String from, String to, String subject, Instant date, String messageId) {

    /** The longest subject kept whole (the column's size); a longer one is clipped. */
    public static final int MAX_SUBJECT = 2000;


    public MessageSummary {
        from = clip(from, 1000);
        to = clip(to, 2000);
        subject = clip(subject, MAX_SUBJECT);
        messageId = clip(messageId, 1000);
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() <= max) {
            return value;
        }
        int end = max;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }
}
