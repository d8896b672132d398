package org.flutemail.pipeline.builtin;

import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.Mailet;

/**
 * Stores the mail in each recipient's INBOX, or in the folder named by the {@link #TARGET_FOLDER}
 * attribute, and ends its processing.
 */
public final class LocalDelivery implements Mailet {

    /**
     * A String attribute naming the folder to store the mail in instead of INBOX; the folder is made
     * if it is missing. Set for mail collected from an outside mailbox into a folder of the user's choice.
     */
    public static final String TARGET_FOLDER = "org.flutemail.targetFolder";

    private static final String INBOX = "INBOX";

    @Override
    public void service(Mail mail, MailetContext context) throws MailetException {
        String folder = mail.attribute(TARGET_FOLDER, String.class).orElse(INBOX);
        for (String recipient : mail.recipients()) {
            context.storeInMailbox(mail, recipient, folder);
        }
        mail.finish();
    }
}
