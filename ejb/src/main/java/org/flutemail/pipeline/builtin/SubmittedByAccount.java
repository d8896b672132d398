package org.flutemail.pipeline.builtin;

import java.util.Collection;
import java.util.List;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Matcher;

/**
 * Matches every recipient of mail an account submitted itself: over SMTP with AUTH or from the
 * webmail. Not matched: mail from other servers or trusted networks (no account), mail the fetch agent
 * collected, what the server writes on an account's behalf (forwarded copies, list copies: protocol
 * {@code LOCAL}), and mail with the null sender (bounces, automatic replies).
 */
public final class SubmittedByAccount implements Matcher {

    /** The protocol of mail the server itself spools for an account or a list. */
    static final String SERVER_WRITTEN = "LOCAL";

    @Override
    public Collection<String> match(Mail mail, MailetContext context) {
        Mail.Trace trace = mail.trace();
        boolean submitted = !trace.authenticatedUser().isEmpty() && !trace.collected()
                && !SERVER_WRITTEN.equals(trace.protocol()) && !mail.reversePath().isEmpty();
        return submitted ? mail.recipients() : List.of();
    }
}
