package org.flutemail.connector.adapter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listeners' ports as the administrator stored them, which win over the adapter's configuration.
 * Kept here rather than asked for, because the application's push and the listeners' start happen in
 * either order at deployment: whichever comes second finds the other.
 */
final class ListenerPlacements implements ListenerPlacementsMXBean {

    static final String OBJECT_NAME = "org.flutemail:type=ListenerPlacements";


    /** A port and whether the listener accepts on it. */
    record Placement(int port, boolean enabled) {
    }

    private final Map<String, Placement> wished = new ConcurrentHashMap<>();
    private final Map<String, PortServer> running = new ConcurrentHashMap<>();

    /** "SMTP submission" → "smtp-submission": a name that fits a URL and a settings key. */
    static String key(String listenerName) {
        return listenerName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    synchronized Optional<Placement> wishFor(String key) {
        return Optional.ofNullable(wished.get(key));
    }

    synchronized void attach(String key, PortServer server) {
        running.put(key, server);
    }

    synchronized void detach(String key, PortServer server) {
        running.remove(key, server);
    }

    @Override
    public synchronized void place(String listener, int port, boolean enabled) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        String key = key(listener);
        PortServer server = running.get(key);
        if (server != null) {
            server.moveTo(port, enabled);
        }
        wished.put(key, new Placement(port, enabled));
    }

    @Override
    public synchronized void forget(String listener) {
        String key = key(listener);
        wished.remove(key);
        PortServer server = running.get(key);
        if (server != null) {
            server.moveTo(server.configuredPort(), true);
        }
    }

    @Override
    public List<String> getListeners() {
        return running.keySet().stream().sorted().toList();
    }

    void register() {
        PlatformMBeans.publish(this, OBJECT_NAME, "stored ports will not apply");
    }

    void unregister() {
        PlatformMBeans.withdraw(OBJECT_NAME);
    }
}
