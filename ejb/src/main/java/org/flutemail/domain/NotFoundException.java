package org.flutemail.domain;

/** A domain, account, alias, mailbox or message that does not exist. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
