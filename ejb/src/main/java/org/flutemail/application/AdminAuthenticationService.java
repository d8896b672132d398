package org.flutemail.application;

/**
 * Administrators' logins to the administration screens: checked against {@code administrator}, throttled
 * by the same counters as every mail protocol's logins, counted as ADMIN logins.
 */
public interface AdminAuthenticationService {

    enum Outcome {
        SUCCESS,
        /** A wrong password and an unknown login alike. */
        FAILURE,
        THROTTLED
    }

    /** @param actor who logged in, on SUCCESS; else null */
    record AdminLogin(Outcome outcome, Actor actor) {
    }

    AdminLogin login(String login, String password, String clientAddress);
}
