package org.flutemail.connector.adapter;

/**
 * The SMTP values the application changes while the listeners run ({@code org.flutemail:type=SmtpLimits}):
 * the stored server settings are pushed here, and each new connection starts from them. A blank name or
 * a zero limit means "as the listener was configured when it started".
 */
public interface SmtpLimitsMXBean {

    /** The name in the greeting, the EHLO answer and the adapter's own replies. */
    String getHostName();

    void setHostName(String hostName);

    /** The largest message, announced as {@code SIZE} and enforced while reading DATA. */
    long getMaxMessageSize();

    void setMaxMessageSize(long bytes);

    /** The most recipients of one message; further RCPTs are answered {@code 452 4.5.3}. */
    int getMaxRecipients();

    void setMaxRecipients(int recipients);

    /** Connections one client address may have open at once (0: no limit but the listener's); more are answered {@code 421 4.7.0}. */
    int getMaxConnectionsPerClient();

    void setMaxConnectionsPerClient(int connections);

    /** Messages one authenticated account may have accepted in an hour on this node (0: no limit); more are answered {@code 450 4.7.1} at MAIL. */
    int getMessagesPerAccountPerHour();

    void setMessagesPerAccountPerHour(int messages);

    /** Messages one client address may have accepted without AUTH in an hour on this node (0: no limit); answered {@code 450 4.7.1} at MAIL. */
    int getMessagesPerClientPerHour();

    void setMessagesPerClientPerHour(int messages);

    /** Recipients one authenticated account may reach in an hour on this node (0: no limit); answered {@code 450 4.7.1} at RCPT. */
    int getRecipientsPerAccountPerHour();

    void setRecipientsPerAccountPerHour(int recipients);

    /**
     * MAIL and RCPT commands refused for an hourly limit since the adapter started; scraped as
     * {@code flute_smtp_limits_rate_limit_refused_total} with the other {@code org.flutemail} counters.
     */
    long getRateLimitRefusedTotal();
}
