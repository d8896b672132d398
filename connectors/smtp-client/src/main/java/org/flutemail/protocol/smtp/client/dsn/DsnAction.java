package org.flutemail.protocol.smtp.client.dsn;

import java.util.Locale;

/** The RFC 3464 section 2.3.3 Action field. */
public enum DsnAction {
    FAILED,
    DELAYED,
    DELIVERED,
    RELAYED,
    EXPANDED;

    String fieldValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
