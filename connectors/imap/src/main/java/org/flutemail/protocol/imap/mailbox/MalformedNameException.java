package org.flutemail.protocol.imap.mailbox;

/** A mailbox name that is not valid on the wire; the message is fit for a {@code BAD} response. */
public final class MalformedNameException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedNameException(String message) {
        super(message, null, false, false);
    }
}
