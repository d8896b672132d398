package org.flutemail.connector.adapter;

/**
 * A listening port as JMX shows it: {@code org.flutemail:type=Listener,protocol=SMTP,port=25}.
 * Registered while the port is bound; gone when its endpoint is deactivated.
 */
public interface ListenerStatusMXBean {

    /** SMTP, POP3 or IMAP. */
    String getProtocol();

    /** As in the log, e.g. "SMTP submission". */
    String getListener();

    int getPort();

    /** The port is bound and its accept loop runs. */
    boolean isUp();

    /** Connections open now. */
    int getActiveSessions();
}
