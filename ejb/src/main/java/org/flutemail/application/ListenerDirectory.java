package org.flutemail.application;

import java.util.List;

/**
 * The listening ports the resource adapter has opened, as it reports them. Which ports there are and
 * whether each is on is the adapter's configuration ({@code flute.smtp.port} and the like, a port of 0
 * turns a listener off), read when it starts; changing it takes a restart.
 */
public interface ListenerDirectory {

    /**
     * One listener.
     *
     * @param listener       as in the log, e.g. "SMTP submission"
     * @param protocol       SMTP, POP3 or IMAP
     * @param up             the port is bound and its accept loop runs
     * @param activeSessions connections open now
     */
    record ListenerState(String listener, String protocol, int port, boolean up, int activeSessions) {
    }

    /** Ordered by port; empty while the adapter has opened none. */
    List<ListenerState> listeners();
}
