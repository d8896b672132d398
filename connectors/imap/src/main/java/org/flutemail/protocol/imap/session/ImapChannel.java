package org.flutemail.protocol.imap.session;

/** Where a session's output goes: the connection, as the server wiring provides it. */
public interface ImapChannel {

    /** Queues octets for the client, in order. */
    void send(byte[] bytes);

    /** Starts TLS on the connection; called after the tagged OK to STARTTLS has been sent. */
    void startTls();

    /** Closes the connection after what was sent so far. */
    void close();
}
