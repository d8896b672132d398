package org.flutemail.connector.adapter;



import org.flutemail.protocol.smtp.session.SmtpConfig;

/**
 * One per resource adapter, shared by all its SMTP listeners. Published in the platform MBean server
 * when the adapter starts, before any bean is activated, so the application can push its stored
 * settings at its own start and after each change without knowing the adapter's classes.
 */
final class SmtpLimits implements SmtpLimitsMXBean {

    static final String OBJECT_NAME = "org.flutemail:type=SmtpLimits";


    private volatile String hostName = "";
    private volatile long maxMessageSize;
    private volatile int maxRecipients;
    private volatile int maxConnectionsPerClient;

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

    void register() {
        PlatformMBeans.publish(this, OBJECT_NAME, "stored settings apply at the next start");
    }

    void unregister() {
        PlatformMBeans.withdraw(OBJECT_NAME);
    }
}
