package org.flutemail.pipeline.builtin;

import java.util.List;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.Mailet;
import org.flutemail.pipeline.PersonalDisposition;

/**
 * Runs each local recipient's own settings (rules, block and allow lists, automatic forwarding and
 * reply). A recipient whose settings change where or how the mail is stored is split off and stored
 * here (or not at all); the others go on to {@link LocalDelivery} together. Mail collected by the
 * fetch agent is left alone: it goes to the folder its fetch account names.
 */
public final class ApplyPersonalSettings implements Mailet {

    @Override
    public void service(Mail mail, MailetContext context) throws MailetException {
        if (mail.trace().collected()) {
            return;
        }
        for (String recipient : mail.recipients()) {
            PersonalDisposition disposition = context.applyPersonalSettings(mail, recipient);
            if (disposition.plainInbox()) {
                continue;
            }
            Mail own = mail.split(List.of(recipient));
            if (disposition.folder() != null) {
                own.setAttribute(LocalDelivery.FLAGS, disposition.flags());
                context.storeInMailbox(own, recipient, disposition.folder());
            }
            own.finish();
        }
    }
}
