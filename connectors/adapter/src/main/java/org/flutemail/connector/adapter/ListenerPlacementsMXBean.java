package org.flutemail.connector.adapter;

import java.util.List;

/**
 * Where the application wants each listener ({@code org.flutemail:type=ListenerPlacements}): the stored
 * server settings are pushed here at the application's start and after each change. A listener is named
 * by its key, its log name in lower case with dashes ("smtp-submission", "imap-imaps").
 */
public interface ListenerPlacementsMXBean {

    /**
     * Moves a listener to {@code port}, or stops it accepting when {@code enabled} is false (its open
     * connections go on). A running listener is moved at once: the new port is bound before the old one
     * closes, so a port that cannot be bound leaves it where it was and fails with the reason. A listener
     * that is not running yet starts where it was last placed.
     */
    void place(String listener, int port, boolean enabled);

    /** Back to the port of the adapter's configuration, accepting. */
    void forget(String listener);

    /** The keys of the listeners running now. */
    List<String> getListeners();
}
