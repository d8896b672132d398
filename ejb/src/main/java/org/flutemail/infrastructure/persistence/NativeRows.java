package org.flutemail.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Small helpers for native SQL that must run unchanged on H2 and PostgreSQL: the drivers return
 * timestamps and numbers as different Java types, and a domain filter is a list of LIKE patterns.
 */
final class NativeRows {

    private NativeRows() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    /** An instant as both drivers accept it for a {@code timestamp with time zone} parameter. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * "(column like :d0 or column like :d1 ...)" matching addresses in the given domains; each parameter
     * is put into {@code parameters}. LIKE's wildcards cannot occur in a domain name.
     */
    static String addressInDomains(String column, Set<String> domains, String prefix, Map<String, Object> parameters) {
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        int i = 0;
        for (String domain : domains) {
            String name = prefix + i++;
            any.add("lower(" + column + ") like :" + name);
            parameters.put(name, "%@" + domain);
        }
        return i == 0 ? "1 = 0" : any.toString();
    }

    static <T> List<T> rows(List<?> result, java.util.function.Function<Object[], T> mapper) {
        return result.stream().map(r -> mapper.apply((Object[]) r)).toList();
    }
}
