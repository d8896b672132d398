package org.flutemail.connector.api;

import java.util.Objects;

/**
 * The answer to "do you take mail for this address in this session?". Each kind maps to one SMTP
 * reply, chosen by the protocol layer; {@code detail} is free text for the reply and the log, never
 * an account's secret.
 */
public record RecipientVerdict(Kind kind, String detail) {

    public enum Kind {
        /** A local, active account or alias, or another domain's address this session may relay to. */
        ACCEPT,
        /** No such local address (550 5.1.1). */
        UNKNOWN,
        /** The address exists but is suspended or its domain is (550 5.2.1). */
        DISABLED,
        /** Not a domain served here, and this session may not relay (550 5.7.1). */
        NOT_LOCAL,
        /** The declared size exceeds a limit of this recipient or of the sender (552 5.3.4). */
        TOO_BIG,
        /**
         * The recipient's mailbox is at its quota, or the declared size would take it past: temporary
         * (452 4.2.2), since the owner may make room before the sender gives up.
         */
        MAILBOX_FULL,
        /** The store cannot answer now; the client should try again (451 4.3.0). */
        TRY_LATER
    }

    public RecipientVerdict {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public static RecipientVerdict accept() {
        return new RecipientVerdict(Kind.ACCEPT, "");
    }

    public static RecipientVerdict of(Kind kind, String detail) {
        return new RecipientVerdict(kind, detail);
    }

    public boolean accepted() {
        return kind == Kind.ACCEPT;
    }
}
