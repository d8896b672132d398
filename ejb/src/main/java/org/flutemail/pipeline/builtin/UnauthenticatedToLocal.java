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
 * checks on it would go out with it. Mail collected from an outside mailbox is not matched either: its
 * client is the mailbox's server, not the one that sent it, so SPF against it would say nothing.
 */
public final class UnauthenticatedToLocal implements Matcher {

    @Override
    public Collection<String> match(Mail mail, MailetContext context) {
        if (!mail.trace().authenticatedUser().isEmpty() || mail.trace().collected()) {
            return List.of();
        }
        return mail.recipients().stream().filter(r -> context.statusOf(r) != RecipientStatus.NOT_LOCAL).toList();
    }
}
