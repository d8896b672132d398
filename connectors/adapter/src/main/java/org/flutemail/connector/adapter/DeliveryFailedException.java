package org.flutemail.connector.adapter;

/** The container could not deliver to, or commit, an endpoint; the client is told to retry. */
final class DeliveryFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
