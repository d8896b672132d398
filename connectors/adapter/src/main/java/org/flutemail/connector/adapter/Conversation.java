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
     * How often the session wants a look while the client is silent even when it asked for no wake-up
     * (a safety net should news of a change be lost), or null for never.
     */
    default Duration tickInterval() {
        return null;
    }

    /**
     * Gives the session a way to ask for a {@link #tick} soon, from any thread (IMAP IDLE: news of a
     * change to the selected mailbox came). The connection may be parked without a thread; the wake-up
     * schedules one. Called once, before {@link #greet}.
     */
    default void wakeUpWith(Runnable wakeUp) {
    }

    /** The session asked for a wake-up, or the client has been silent for a tick interval. */
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
