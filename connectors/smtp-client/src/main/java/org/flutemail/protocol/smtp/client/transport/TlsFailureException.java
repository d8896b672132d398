package org.flutemail.protocol.smtp.client.transport;

import java.io.IOException;

/**
 * TLS could not be set up with the server (handshake failed, certificate refused, or the server sent
 * bytes before the handshake). Distinct from other I/O failures because the caller may retry the
 * same host without TLS when so configured.
 */
public final class TlsFailureException extends IOException {

    private static final long serialVersionUID = 1L;

    public TlsFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
