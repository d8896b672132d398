package org.flutemail.pipeline.builtin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Matcher;
import org.flutemail.pipeline.RecipientStatus;

/** Matches the recipients whose status here is one of the given ones, e.g. local accounts. */
public final class RecipientIs implements Matcher {

    private final Set<RecipientStatus> statuses;

    public RecipientIs(RecipientStatus first, RecipientStatus... more) {
        this.statuses = EnumSet.of(first, more);
    }

    @Override
    public Collection<String> match(Mail mail, MailetContext context) {
        return mail.recipients().stream().filter(r -> statuses.contains(context.statusOf(r))).toList();
    }
}
