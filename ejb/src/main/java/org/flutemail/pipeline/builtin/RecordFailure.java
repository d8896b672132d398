package org.flutemail.pipeline.builtin;

import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Mailet;

/**
 * The error processor's last step: records why the mail could not be handled, which tells its sender,
 * and ends it. Once a message is accepted it is delivered or its sender hears why not (RFC 5321 6.1).
 */
public final class RecordFailure implements Mailet {

    @Override
    public void service(Mail mail, MailetContext context) {
        String reason = mail.errorMessage() == null ? "no reason given" : mail.errorMessage();
        context.recordFailure(mail, mail.recipients(), mail.errorStatus(), reason);
        mail.finish();
    }
}
