package org.flutemail.pipeline;

import java.time.Instant;
import java.util.Set;

/** What the server offers mailets while they process a mail. */
public interface MailetContext {

    /** This server's host name, for trace headers. */
    String serverName();

    Instant now();

    RecipientStatus statusOf(String address);

    /** The targets of a local alias, or an empty set when {@code address} is no alias. */
    Set<String> aliasTargets(String address);

    /**
     * Stores the mail, as it is now (with the headers added so far), in {@code recipient}'s mailbox.
     * Storing the same mail for the same recipient twice keeps one copy.
     */
    void storeInMailbox(Mail mail, String recipient, String mailbox) throws MailetException;

    /**
     * Hands the mail, as it is now, to remote delivery for all its recipients (which must be in
     * domains not served here). Delivery then happens asynchronously, with retries and bounces.
     */
    void sendRemote(Mail mail) throws MailetException;

    /** Records that the mail could not be handled for its recipients, and why. */
    void recordFailure(Mail mail, String reason);
}
