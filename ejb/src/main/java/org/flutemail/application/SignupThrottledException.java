package org.flutemail.application;

/** A client asked for more sign-ups within the hour than the server takes from one address (HTTP 429). */
@jakarta.ejb.ApplicationException(rollback = true)
public class SignupThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignupThrottledException(String message) {
        super(message);
    }
}
