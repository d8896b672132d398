package org.flutemail.connector.api;

import java.util.Objects;

/**
 * The answer to an authentication attempt.
 *
 * @param identity the canonical account address on success (what the session then reports as its
 *                 authenticated user), empty otherwise
 */
public record AuthVerdict(Kind kind, String identity) {

    public enum Kind {
        /** 235 2.7.0 */
        SUCCESS,
        /** Wrong name or password, or no such account: 535 5.7.8, the same reply either way. */
        FAILURE,
        /** Too many failures from this client or for this account: 454 4.7.0, try later. */
        THROTTLED,
        /** The store cannot answer now: 454 4.7.0. */
        TRY_LATER,
        /**
         * The password is right but preset, and the user must change it first: 535 5.7.12 (RFC 5248
         * "a password transition is needed"), POP3 {@code -ERR [AUTH]}; permanent, so that a client
         * shows it to its user instead of retrying.
         */
        PASSWORD_CHANGE_REQUIRED
    }

    public AuthVerdict {
        Objects.requireNonNull(kind, "kind");
        identity = identity == null ? "" : identity;
    }

    public static AuthVerdict success(String identity) {
        return new AuthVerdict(Kind.SUCCESS, identity);
    }

    public static AuthVerdict of(Kind kind) {
        return new AuthVerdict(kind, "");
    }

    public boolean succeeded() {
        return kind == Kind.SUCCESS;
    }
}
