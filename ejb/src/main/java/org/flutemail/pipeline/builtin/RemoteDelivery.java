package org.flutemail.pipeline.builtin;

import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.Mailet;

/** Queues the mail for delivery to its recipients' own servers and ends its processing here. */
public final class RemoteDelivery implements Mailet {

    @Override
    public void service(Mail mail, MailetContext context) throws MailetException {
        context.sendRemote(mail);
        mail.finish();
    }
}
