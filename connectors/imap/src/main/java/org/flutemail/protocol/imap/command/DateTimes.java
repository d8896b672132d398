package org.flutemail.protocol.imap.command;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** IMAP dates: {@code date} in SEARCH ({@code 1-Feb-2024}) and {@code date-time} in APPEND. */
final class DateTimes {

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy HH:mm:ss Z").toFormatter(Locale.ROOT);

    private DateTimes() {
    }

    static LocalDate date(String text) throws BadCommandException {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new BadCommandException("Invalid date " + text);
        }
    }

    /** date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE; day may be " 1". */
    static OffsetDateTime dateTime(String text) throws BadCommandException {
        String fixed = text.length() == 26 && text.charAt(0) == ' ' ? "0" + text.substring(1) : text;
        try {
            return OffsetDateTime.parse(fixed, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new BadCommandException("Invalid date-time " + text);
        }
    }
}
