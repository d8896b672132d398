package org.flutemail.application;

import java.util.List;

/**
 * The listening ports the resource adapter has opened, as it reports them. Which listeners exist is the
 * adapter's configuration ({@code flute.smtp.port} and the like, a port of 0 leaves a listener out), read
 * when it starts; the port each one uses and whether it accepts can be changed at run time
 * ({@link ListenerSettingsService}).
 */
public interface ListenerDirectory {

    /**
     * One listener.
     *
     * @param listener       as in the log, e.g. "SMTP submission"
     * @param key            its name in the settings, e.g. "smtp-submission"
     * @param protocol       SMTP, POP3 or IMAP
     * @param port           where it accepts (or would, when switched off)
     * @param configuredPort the port of the adapter's configuration
     * @param enabled        not switched off in the settings
     * @param up             the port is bound and its accept loop runs
     * @param activeSessions connections open now
     */
    record ListenerState(String listener, String key, String protocol, int port, int configuredPort, boolean enabled,
            boolean up, int activeSessions) {
    }

    /** Ordered by port; empty while the adapter has opened none. */
    List<ListenerState> listeners();
}
