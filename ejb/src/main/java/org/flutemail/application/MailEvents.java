package org.flutemail.application;

/**
 * What the server counts as it happens, for monitoring (JMX and the metrics endpoint). Counting is
 * cheap (in memory, no database write) and starts from zero at each server start, as counters do.
 */
public interface MailEvents {

    /** A message was accepted (its 250 is about to go out; its transaction has committed). */
    void accepted();

    /** A recipient, a sender or a whole message was refused during an SMTP session. */
    void rejected();

    /** A copy was stored in a local mailbox; counted when the delivery's transaction commits. */
    void delivered();

    /** A password login over {@code protocol} (SMTP, POP3, IMAP, WEBMAIL, ADMIN) succeeded or not. */
    void login(String protocol, boolean succeeded);
}
