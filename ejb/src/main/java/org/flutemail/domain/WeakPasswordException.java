package org.flutemail.domain;

/** A password that Flute refuses to store, with a message fit to show the person who chose it. */
public class WeakPasswordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public WeakPasswordException(String message) {
        super(message);
    }
}
