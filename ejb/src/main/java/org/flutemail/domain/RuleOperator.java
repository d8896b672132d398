package org.flutemail.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a rule compares a field with its value. Text is compared case-insensitively after decoding, so
 * "发票" finds a GBK subject and "Invoice" finds "INVOICE"; {@link #MATCHES} is a regular expression
 * found anywhere in the text; the size operators compare whole kilobytes.
 */
public enum RuleOperator {
    CONTAINS, EQUALS, MATCHES, GREATER_THAN, LESS_THAN;

    /** Whether this operator compares numbers (the size) rather than text. */
    public boolean numeric() {
        return this == GREATER_THAN || this == LESS_THAN;
    }

    boolean test(String text, String value) {
        if (text == null) {
            return false;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = value.toLowerCase(Locale.ROOT);
        return switch (this) {
            case CONTAINS -> haystack.contains(needle);
            case EQUALS -> haystack.strip().equals(needle.strip());
            case MATCHES -> find(value, text);
            default -> false;
        };
    }

    boolean test(long number, long value) {
        return this == GREATER_THAN ? number > value : this == LESS_THAN && number < value;
    }

    /** A pattern that would take too long on this text is taken as not matching (see {@link BoundedText}). */
    private static boolean find(String value, String text) {
        try {
            return pattern(value).matcher(new BoundedText(text)).find();
        } catch (BoundedText.Exhausted e) {
            return false;
        }
    }

    static Pattern pattern(String value) {
        return Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
