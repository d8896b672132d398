package org.flutemail.connector.adapter;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * Publishes one {@link PortServer} in the platform MBean server; reads its state when asked, counts nothing.
 * A listener moved to another port is published afresh under the new port's name.
 */
final class ListenerStatus implements ListenerStatusMXBean {


    private final String listener;
    private final int port;
    private final int configuredPort;
    private final BooleanSupplier up;
    private final BooleanSupplier enabled;
    private final IntSupplier sessions;

    ListenerStatus(String listener, int port, int configuredPort, BooleanSupplier up, BooleanSupplier enabled,
            IntSupplier sessions) {
        this.listener = listener;
        this.port = port;
        this.configuredPort = configuredPort;
        this.up = up;
        this.enabled = enabled;
        this.sessions = sessions;
    }

    @Override
    public String getProtocol() {
        int space = listener.indexOf(' ');
        return (space < 0 ? listener : listener.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    @Override
    public String getListener() {
        return listener;
    }

    @Override
    public int getPort() {
        return port;
    }

    @Override
    public String getKey() {
        return ListenerPlacements.key(listener);
    }

    @Override
    public int getConfiguredPort() {
        return configuredPort;
    }

    @Override
    public boolean isEnabled() {
        return enabled.getAsBoolean();
    }

    @Override
    public boolean isUp() {
        return up.getAsBoolean();
    }

    @Override
    public int getActiveSessions() {
        return sessions.getAsInt();
    }

    private String objectName() {
        return "org.flutemail:type=Listener,protocol=" + getProtocol() + ",port=" + port;
    }

    void register() {
        PlatformMBeans.publish(this, objectName(), "the " + listener + " listener is not monitored");
    }

    void unregister() {
        PlatformMBeans.withdraw(objectName());
    }
}
