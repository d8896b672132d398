package org.flutemail.pipeline.builtin;

import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Mailet;

/**
 * The error processor's last step: records why the mail could not be handled and ends it. Bounces to
 * the sender come with outbound delivery.
 */
public final class RecordFailure implements Mailet {

    @Override
    public void service(Mail mail, MailetContext context) {
        String reason = mail.errorMessage() == null ? "no reason given" : mail.errorMessage();
        context.recordFailure(mail, reason);
        mail.finish();
    }
}
