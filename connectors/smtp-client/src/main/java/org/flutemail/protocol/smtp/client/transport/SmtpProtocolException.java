package org.flutemail.protocol.smtp.client.transport;

import java.io.IOException;

/** The server broke the reply syntax or closed the connection mid-dialogue. */
public final class SmtpProtocolException extends IOException {

    private static final long serialVersionUID = 1L;

    public SmtpProtocolException(String message) {
        super(message);
    }
}
