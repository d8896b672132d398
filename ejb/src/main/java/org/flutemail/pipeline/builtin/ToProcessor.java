package org.flutemail.pipeline.builtin;

import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Mailet;

/** Sends the mail on to another processor, optionally noting why (for the error processor). */
public final class ToProcessor implements Mailet {

    private final String processor;
    private final String status;
    private final String reason;

    public ToProcessor(String processor) {
        this(processor, null, null);
    }

    /** To the error processor: {@code status} (RFC 3463) and {@code reason} are what the sender is told. */
    public ToProcessor(String processor, String status, String reason) {
        this.processor = processor;
        this.status = status;
        this.reason = reason;
    }

    @Override
    public void service(Mail mail, MailetContext context) {
        if (reason != null) {
            mail.setError(status, reason);
        }
        mail.moveTo(processor);
    }
}
