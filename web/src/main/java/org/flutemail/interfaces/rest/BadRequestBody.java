package org.flutemail.interfaces.rest;

/** A request body that is well-formed JSON but lacks what the call needs. */
public class BadRequestBody extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequestBody(String message) {
        super(message);
    }

    /** The value, or a 400 naming the field when it is missing or blank. */
    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestBody("'" + field + "' is required");
        }
        return value;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new BadRequestBody("'" + field + "' is required");
        }
        return value;
    }
}
