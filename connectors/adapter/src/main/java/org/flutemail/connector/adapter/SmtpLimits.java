package org.flutemail.connector.adapter;

import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;


import org.flutemail.protocol.smtp.rate.HourlySendingRates;
import org.flutemail.protocol.smtp.rate.RateLimit;
import org.flutemail.protocol.smtp.rate.RateLimits;
import org.flutemail.protocol.smtp.rate.SendingRates;
import org.flutemail.protocol.smtp.session.SmtpConfig;

/**
 * One per resource adapter, shared by all its SMTP listeners. Published in the platform MBean server
 * when the adapter starts, before any bean is activated, so the application can push its stored
 * settings at its own start and after each change without knowing the adapter's classes.
 */
final class SmtpLimits implements SmtpLimitsMXBean {

    static final String OBJECT_NAME = "org.flutemail:type=SmtpLimits";

    private static final Logger LOG = Logger.getLogger(SmtpLimits.class.getName());

    private volatile String hostName = "";
    private volatile long maxMessageSize;
    private volatile int maxRecipients;
    private volatile int maxConnectionsPerClient;
    private volatile RateLimits rateLimits = RateLimits.NONE;
    private final LongAdder rateRefusals = new LongAdder();
    private final SendingRates rates;

    /**
     * Senders each hourly count keeps: about 300 bytes each, so at most some 15 MB per count, and only
     * while that limit is on. The least recently counted go first, which are the furthest from a limit.
     */
    static final int MAX_SENDERS = 50_000;

    SmtpLimits() {
        this(MAX_SENDERS);
    }

    /** @param maxSenders how many accounts and client addresses each hourly count keeps at most */
    SmtpLimits(int maxSenders) {
        rates = new HourlySendingRates(() -> rateLimits, maxSenders, System::currentTimeMillis, this::refused);
    }

    /** The hourly counts of this node, shared by all its SMTP listeners so that a sender cannot escape by changing ports. */
    SendingRates rates() {
        return rates;
    }

    private void refused(RateLimit limit, String sender, int perHour) {
        rateRefusals.increment();
        LOG.info(() -> "refused for the hourly limit " + limit + " of " + perHour + " on this node: " + sender);
    }

    /** What a new connection starts from: {@code configured} with the pushed values in place of its own. */
    SmtpConfig applyTo(SmtpConfig configured) {
        String name = hostName;
        long size = maxMessageSize;
        int recipients = maxRecipients;
        if (name.isEmpty() && size == 0 && recipients == 0) {
            return configured;
        }
        return new SmtpConfig(name.isEmpty() ? configured.serverName() : name, configured.maxCommandLineLength(),
                size == 0 ? configured.maxMessageSize() : size,
                recipients == 0 ? configured.maxRecipients() : recipients, configured.maxErrors(),
                configured.maxCommands(), configured.idleTimeout(), configured.memoryThreshold(),
                configured.spoolDirectory(), configured.maxHops());
    }

    @Override
    public String getHostName() {
        return hostName;
    }

    @Override
    public void setHostName(String hostName) {
        String name = hostName == null ? "" : hostName.strip();
        // The name goes into reply lines: anything that could end or split one is refused.
        if (!name.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("a host name is printable ASCII without spaces: " + hostName);
        }
        this.hostName = name;
    }

    @Override
    public long getMaxMessageSize() {
        return maxMessageSize;
    }

    @Override
    public void setMaxMessageSize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("the largest message is 0 (as configured) or more bytes: " + bytes);
        }
        this.maxMessageSize = bytes;
    }

    @Override
    public int getMaxRecipients() {
        return maxRecipients;
    }

    @Override
    public void setMaxRecipients(int recipients) {
        if (recipients < 0) {
            throw new IllegalArgumentException("the most recipients are 0 (as configured) or more: " + recipients);
        }
        this.maxRecipients = recipients;
    }

    @Override
    public int getMaxConnectionsPerClient() {
        return maxConnectionsPerClient;
    }

    @Override
    public void setMaxConnectionsPerClient(int connections) {
        if (connections < 0) {
            throw new IllegalArgumentException("connections per client are 0 (no limit) or more: " + connections);
        }
        this.maxConnectionsPerClient = connections;
    }

    @Override
    public int getMessagesPerAccountPerHour() {
        return rateLimits.messagesPerAccount();
    }

    @Override
    public void setMessagesPerAccountPerHour(int messages) {
        RateLimits now = rateLimits;
        rateLimits = new RateLimits(messages, now.messagesPerClient(), now.recipientsPerAccount());
    }

    @Override
    public int getMessagesPerClientPerHour() {
        return rateLimits.messagesPerClient();
    }

    @Override
    public void setMessagesPerClientPerHour(int messages) {
        RateLimits now = rateLimits;
        rateLimits = new RateLimits(now.messagesPerAccount(), messages, now.recipientsPerAccount());
    }

    @Override
    public int getRecipientsPerAccountPerHour() {
        return rateLimits.recipientsPerAccount();
    }

    @Override
    public void setRecipientsPerAccountPerHour(int recipients) {
        RateLimits now = rateLimits;
        rateLimits = new RateLimits(now.messagesPerAccount(), now.messagesPerClient(), recipients);
    }

    @Override
    public long getRateLimitRefusedTotal() {
        return rateRefusals.sum();
    }

    void register() {
        PlatformMBeans.publish(this, OBJECT_NAME, "stored settings apply at the next start");
    }

    void unregister() {
        PlatformMBeans.withdraw(OBJECT_NAME);
    }
}
