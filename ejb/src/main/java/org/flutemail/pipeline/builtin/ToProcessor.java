package org.flutemail.pipeline.builtin;

import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Mailet;

/** Sends the mail on to another processor, optionally noting why (for the error processor). */
public final class ToProcessor implements Mailet {

    private final String processor;
    private final String reason;

    public ToProcessor(String processor) {
        this(processor, null);
    }

    public ToProcessor(String processor, String reason) {
        this.processor = processor;
        this.reason = reason;
    }

    @Override
    public void service(Mail mail, MailetContext context) {
        if (reason != null) {
            mail.setErrorMessage(reason);
        }
        mail.moveTo(processor);
    }
}
