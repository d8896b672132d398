package org.flutemail.connector.adapter;

/**
 * A listening port as JMX shows it: {@code org.flutemail:type=Listener,protocol=SMTP,port=25}.
 * Registered while its endpoint is active, also while it is switched off; gone when the endpoint is deactivated.
 */
public interface ListenerStatusMXBean {

    /** SMTP, POP3 or IMAP. */
    String getProtocol();

    /** As in the log, e.g. "SMTP submission". */
    String getListener();

    /** The key its port is stored under in the server settings, e.g. "smtp-submission". */
    String getKey();

    /** Where it accepts, or would accept if it is switched off. */
    int getPort();

    /** The port of the adapter's configuration, used when the server settings name none. */
    int getConfiguredPort();

    /** Not switched off in the server settings. */
    boolean isEnabled();

    /** The port is bound and its accept loop runs. */
    boolean isUp();

    /** Connections open now. */
    int getActiveSessions();
}
