package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One client connection as its protocol (SMTP, POP3) sees it, without the socket: {@link ConnectionWork}
 * reads, hands the bytes over, and runs TLS when asked. Responses are written to the stream passed in,
 * which the connection watches for clients that stop reading.
 */
interface Conversation extends AutoCloseable {

    void greet(OutputStream out) throws IOException;

    /** Answers the bytes; true when the transport must start TLS now (STARTTLS, STLS). */
    boolean receive(byte[] bytes, int offset, int length, OutputStream out) throws IOException;

    void tlsEstablished(String description);

    /** The client said nothing for the idle timeout; the connection closes after this. */
    void idleTimeout(OutputStream out) throws IOException;

    boolean isClosing();

    /** What the session did, for the log line at its end. */
    String summary();

    @Override
    void close();
}
