package org.flutemail.pipeline.builtin;

import java.util.Collection;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Matcher;

/** Matches every recipient. */
public final class All implements Matcher {
    @Override
    public Collection<String> match(Mail mail, MailetContext context) {
        return mail.recipients();
    }
}
