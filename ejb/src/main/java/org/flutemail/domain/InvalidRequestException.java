package org.flutemail.domain;

/** A request that cannot be carried out as given, with a message fit to show the person who made it. */
public class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
