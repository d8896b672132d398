package org.flutemail.interfaces.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The search screens' date fields are whole days in UTC, as the times they list are shown: "from" is
 * the start of its day, "to" includes its whole day; an empty field leaves that side open.
 */
final class UtcDays {

    private UtcDays() {
    }

    static Instant startOf(LocalDate from) {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant endOf(LocalDate to) {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
