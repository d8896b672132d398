package org.flutemail.domain;

/**
 * A sign-up request that cannot be taken as filled in (HTTP 400). {@link #reason} names the field and
 * the fault in a stable word, so the public page can say it in the person's own language.
 */
public class InvalidSignupException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public InvalidSignupException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
