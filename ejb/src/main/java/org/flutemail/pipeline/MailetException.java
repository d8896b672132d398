package org.flutemail.pipeline;

/**
 * This mail cannot be handled by this mailet, and trying again will not help: the pipeline moves it
 * to the processor's error processor with this message, and the sender is told with {@link #status()}.
 */
public class MailetException extends Exception {

    /** RFC 3463 "other or undefined mail system status": for failures no narrower code describes. */
    public static final String UNDEFINED = "5.3.0";

    private static final long serialVersionUID = 1L;

    private final String status;

    public MailetException(String message) {
        this(UNDEFINED, message, null);
    }

    public MailetException(String message, Throwable cause) {
        this(UNDEFINED, message, cause);
    }

    private MailetException(String status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** A failure the RFC 3463 {@code status} (e.g. {@code 5.2.2}, mailbox full) describes. */
    public static MailetException withStatus(String status, String message) {
        return new MailetException(status, message, null);
    }

    /** The RFC 3463 status a delivery report gives for this failure; permanent (5.x.x). */
    public String status() {
        return status;
    }
}
