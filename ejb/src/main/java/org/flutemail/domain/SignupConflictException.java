package org.flutemail.domain;

/**
 * A sign-up request that is well formed but cannot be taken now (HTTP 409): the address is taken, the
 * domain takes no requests, or too many wait. {@link #reason} is a stable word for the public page.
 */
public class SignupConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public SignupConflictException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
