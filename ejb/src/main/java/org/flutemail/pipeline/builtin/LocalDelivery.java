package org.flutemail.pipeline.builtin;

import java.util.List;
import java.util.Set;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.Mailet;

/**
 * Stores the mail in each recipient's INBOX, or in the folder named by the {@link #TARGET_FOLDER}
 * attribute, and ends its processing. A recipient whose mailbox refuses the mail (full, suspended since
 * RCPT) is recorded as failed on its own: one such mailbox does not keep the mail from the others.
 */
public final class LocalDelivery implements Mailet {

    /**
     * A String attribute naming the folder to store the mail in instead of INBOX; the folder is made
     * if it is missing. Set for mail collected from an outside mailbox into a folder of the user's choice.
     */
    public static final String TARGET_FOLDER = "org.flutemail.targetFolder";

    /**
     * A {@code Set<String>} attribute of IMAP flags ({@code \Seen}, {@code \Flagged}) to store the mail
     * with; set by a recipient's rules ({@link ApplyPersonalSettings}).
     */
    public static final String FLAGS = "org.flutemail.deliveryFlags";

    private static final String INBOX = "INBOX";

    /** The flags a mail is to be stored with: none unless {@link #FLAGS} says so. */
    @SuppressWarnings("unchecked")
    public static Set<String> flagsOf(Mail mail) {
        return mail.attribute(FLAGS, Set.class).map(s -> (Set<String>) s).orElse(Set.of());
    }

    @Override
    public void service(Mail mail, MailetContext context) {
        String folder = mail.attribute(TARGET_FOLDER, String.class).orElse(INBOX);
        for (String recipient : List.copyOf(mail.recipients())) {
            try {
                context.storeInMailbox(mail, recipient, folder);
            } catch (MailetException e) {
                context.recordFailure(mail, List.of(recipient), e.status(), "store in " + folder + ": " + e.getMessage());
            }
        }
        mail.finish();
    }
}
