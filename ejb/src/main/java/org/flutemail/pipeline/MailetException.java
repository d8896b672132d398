package org.flutemail.pipeline;

/**
 * This mail cannot be handled by this mailet, and trying again will not help: the pipeline moves it
 * to the processor's error processor with this message.
 */
public class MailetException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailetException(String message) {
        super(message);
    }

    public MailetException(String message, Throwable cause) {
        super(message, cause);
    }
}
