package org.flutemail.domain;

/** Where a sign-up request stands: waiting for a domain administrator, or decided one way or the other. */
public enum SignupState {
    PENDING,
    APPROVED,
    REFUSED
}
