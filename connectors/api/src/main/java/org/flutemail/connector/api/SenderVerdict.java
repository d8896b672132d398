package org.flutemail.connector.api;

import java.util.Objects;

/** The answer to "may this session send as this address?". Each kind maps to one SMTP reply. */
public record SenderVerdict(Kind kind, String detail) {

    public enum Kind {
        ACCEPT,
        /** The authenticated account does not own the address (553 5.7.1). */
        NOT_OWNED,
        /** The store cannot answer now (451 4.3.0). */
        TRY_LATER
    }

    public SenderVerdict {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public static SenderVerdict accept() {
        return new SenderVerdict(Kind.ACCEPT, "");
    }

    public static SenderVerdict of(Kind kind, String detail) {
        return new SenderVerdict(kind, detail);
    }

    public boolean accepted() {
        return kind == Kind.ACCEPT;
    }
}
