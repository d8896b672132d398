package org.flutemail.application;

import org.flutemail.domain.Envelope;

/**
 * What the server counts as it happens, for monitoring (JMX and the metrics endpoint), the statistics
 * and the mail log. Counting is cheap: in memory, no database write on the caller's thread. The
 * counters behind JMX start from zero at each server start; the hourly statistics and the mail log are
 * written to the database by a timer off the mail path, so they survive a restart.
 */
public interface MailEvents {

    /** What the mail gateway's filters find; nothing reports these until the gateway exists. */
    enum Threat { SPAM, VIRUS }

    /** A message was accepted over SMTP (its 250 is about to go out; its transaction has committed). */
    void accepted();

    /**
     * A message was spooled by any path (SMTP, webmail, broadcast, fetch agent, bounces); counted once
     * the spool row has committed. Feeds the hourly "in" and "out" figures and the mail log.
     */
    void received(String queueId, Envelope envelope);

    /**
     * A recipient, a sender or a whole message was refused during an SMTP session.
     *
     * @param account   the authenticated user, or null
     * @param recipient the refused recipient, or null when the sender or the whole message was refused
     * @param reason    a few words for the mail log
     */
    void rejected(String clientAddress, String account, String recipient, String reason);

    /** A copy was stored in a local mailbox; counted when the delivery's transaction commits. */
    void delivered();

    /** A password login over {@code protocol} (SMTP, POP3, IMAP, WEBMAIL, ADMIN) by {@code user} succeeded or not. */
    void login(String protocol, String user, String clientAddress, boolean succeeded);

    /** The gateway stopped a message to {@code recipient} as spam or a virus. */
    void caught(Threat threat, String clientAddress, String recipient);
}
