package org.flutemail.pipeline.builtin;

import java.util.Collection;
import java.util.List;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Matcher;
import org.flutemail.pipeline.RecipientStatus;

/**
 * Matches the local recipients of mail from a client that did not authenticate, which is to say mail
 * from another server. Mail relayed out by a trusted network is not matched for its remote recipients:
 * checks on it would go out with it.
 */
public final class UnauthenticatedToLocal implements Matcher {

    @Override
    public Collection<String> match(Mail mail, MailetContext context) {
        if (!mail.trace().authenticatedUser().isEmpty()) {
            return List.of();
        }
        return mail.recipients().stream().filter(r -> context.statusOf(r) != RecipientStatus.NOT_LOCAL).toList();
    }
}
