package org.flutemail.dkim;

import java.io.IOException;

/** The message's header section exceeds {@link HeaderReader#MAX_HEADER_OCTETS}: the message's fault, not storage's. */
public class HeaderTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public HeaderTooLargeException(String message) {
        super(message);
    }
}
