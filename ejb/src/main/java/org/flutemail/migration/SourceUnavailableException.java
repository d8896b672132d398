package org.flutemail.migration;

import java.io.IOException;

/** The source cannot be read any further: the login was refused, the connection is lost or never came up. */
public class SourceUnavailableException extends IOException {

    public SourceUnavailableException(String message) {
        super(message);
    }

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
