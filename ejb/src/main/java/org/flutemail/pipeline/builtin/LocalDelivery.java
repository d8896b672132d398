package org.flutemail.pipeline.builtin;

import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.Mailet;

/** Stores the mail in each recipient's INBOX and ends its processing. */
public final class LocalDelivery implements Mailet {

    private static final String INBOX = "INBOX";

    @Override
    public void service(Mail mail, MailetContext context) throws MailetException {
        for (String recipient : mail.recipients()) {
            context.storeInMailbox(mail, recipient, INBOX);
        }
        mail.finish();
    }
}
