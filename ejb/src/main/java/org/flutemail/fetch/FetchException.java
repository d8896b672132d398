package org.flutemail.fetch;

import org.flutemail.domain.FetchErrorKind;

/** A collection that could not go on, with the kind of failure the user is shown. */
public class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FetchErrorKind kind;

    public FetchException(FetchErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public FetchException(FetchErrorKind kind, String message) {
        this(kind, message, null);
    }

    public FetchErrorKind kind() {
        return kind;
    }
}
