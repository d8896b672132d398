package org.flutemail.pipeline;

import java.util.Collection;

/** Chooses the recipients of a mail that a step's mailet should act for. */
@FunctionalInterface
public interface Matcher {

    /** A subset of {@code mail.recipients()}; empty to let the mail pass this step untouched. */
    Collection<String> match(Mail mail, MailetContext context);
}
