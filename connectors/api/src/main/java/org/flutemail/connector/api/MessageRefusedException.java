package org.flutemail.connector.api;

/**
 * The store will not take a message, for a reason the client must hear. {@code permanent} selects a
 * 5xx reply (do not retry) over a 4xx one (retry later).
 */
public class MessageRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MessageRefusedException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
