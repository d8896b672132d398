package org.flutemail.protocol.imap.session;

/** Where a session's output goes: the connection, as the server wiring provides it. */
public interface ImapChannel {

    /** Queues octets for the client, in order. */
    void send(byte[] bytes);

    /** Starts TLS on the connection; called after the tagged OK to STARTTLS has been sent. */
    void startTls();

    /**
     * Compresses the connection both ways (RFC 4978 DEFLATE); called after the tagged OK to COMPRESS,
     * which is the last response sent uncompressed.
     */
    void startCompression();

    /** Closes the connection after what was sent so far. */
    void close();
}
