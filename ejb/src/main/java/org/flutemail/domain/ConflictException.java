package org.flutemail.domain;

/** A change that contradicts what exists: a name already taken, a domain that still has accounts. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
