package org.flutemail.application;

/** The resource adapter's side of {@link ListenerSettingsService}: it moves the listeners it runs. */
public interface ListenerPlacer {

    /** Moves or switches off a running listener and keeps the wish for its next start; {@code IllegalStateException} with the reason if the port cannot be bound. */
    void place(String key, int port, boolean enabled);

    /** Back to the configured port, accepting. */
    void forget(String key);
}
