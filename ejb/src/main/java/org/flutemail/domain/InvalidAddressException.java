package org.flutemail.domain;

/** An address or domain name that Flute cannot accept, with a message fit to show the person who typed it. */
public class InvalidAddressException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidAddressException(String message) {
        super(message);
    }
}
