package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * One client connection as its protocol (SMTP, POP3, IMAP) sees it, without the socket: {@link ConnectionWork}
 * reads, hands the bytes over, and runs TLS when asked. Responses are written to the stream passed in,
 * which the connection watches for clients that stop reading.
 */
interface Conversation extends AutoCloseable {

    void greet(OutputStream out) throws IOException;

    /** Answers the bytes; true when the transport must start TLS now (STARTTLS, STLS). */
    boolean receive(byte[] bytes, int offset, int length, OutputStream out) throws IOException;

    void tlsEstablished(String description);

    /**
     * How often the session wants a look while the client is silent (IMAP IDLE reports new mail
     * unasked), or null for never.
     */
    default Duration tickInterval() {
        return null;
    }

    /** The client has been silent for a tick interval, less than the idle timeout. */
    default void tick(OutputStream out) throws IOException {
    }

    /**
     * Whether the session just agreed to compress the connection (IMAP COMPRESS=DEFLATE); asked after
     * each answer has been sent, which is the last thing sent uncompressed.
     */
    default boolean takeCompressionRequest() {
        return false;
    }

    /** The client said nothing for the idle timeout; the connection closes after this. */
    void idleTimeout(OutputStream out) throws IOException;

    boolean isClosing();

    /** What the session did, for the log line at its end. */
    String summary();

    @Override
    void close();
}
