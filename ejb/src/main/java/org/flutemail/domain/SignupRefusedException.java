package org.flutemail.domain;

/**
 * A sign-up request the server does not take. {@link #kind} says whose move it is (the form is wrong,
 * the request contradicts what exists, or the client asked too often), which the REST API answers as
 * 400, 409 or 429; {@link #reason} is a stable word naming the field or the fault, so the public page
 * can say it in the visitor's own language while the message stays English for the API.
 */
public class SignupRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        INVALID,
        CONFLICT,
        THROTTLED
    }

    private final Kind kind;
    private final String reason;

    public SignupRefusedException(Kind kind, String reason, String message) {
        super(message);
        this.kind = kind;
        this.reason = reason;
    }

    public static SignupRefusedException invalid(String reason, String message) {
        return new SignupRefusedException(Kind.INVALID, reason, message);
    }

    public static SignupRefusedException conflict(String reason, String message) {
        return new SignupRefusedException(Kind.CONFLICT, reason, message);
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }
}
