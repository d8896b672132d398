package org.flutemail.protocol.pop3;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;

import org.flutemail.connector.api.Pop3Listener;
import org.flutemail.protocol.pop3.codec.Pop3LineDecoder;
import org.flutemail.protocol.pop3.session.Pop3Config;
import org.flutemail.protocol.pop3.session.Pop3Policy;
import org.flutemail.protocol.pop3.session.Pop3Session;

/**
 * One POP3 connection as the transport sees it: bytes in, responses out. Lines are answered one by
 * one, in order, so pipelined commands (RFC 2449 PIPELINING) need nothing special.
 *
 * <p>TLS is the transport's: when {@link #receive} returns true, the transport runs the handshake and
 * then calls {@link #tlsEstablished}. Bytes that followed STLS in the same read are discarded, as
 * RFC 2595 section 4 requires (they were sent in the clear and could have been injected).
 */
public final class Pop3Connection implements AutoCloseable {

    private final Pop3Config config;
    private final Pop3Session session;
    private final Pop3LineDecoder decoder = new Pop3LineDecoder();

    public Pop3Connection(Pop3Config config, Pop3Policy policy, Pop3Listener store, String clientAddress) {
        this(config, policy, store, clientAddress, Clock.systemUTC());
    }

    /** With the clock that times the renewal of the maildrop lock. */
    public Pop3Connection(Pop3Config config, Pop3Policy policy, Pop3Listener store, String clientAddress,
            Clock clock) {
        this.config = config;
        this.session = new Pop3Session(config, policy, store, clientAddress, clock);
    }

    public void greet(OutputStream out) throws IOException {
        session.greet(out);
    }

    /**
     * Answers every complete line in the bytes.
     *
     * @return true when the client asked for STLS and was told to begin: the transport must start TLS
     */
    public boolean receive(byte[] bytes, int offset, int length, OutputStream out) throws IOException {
        int position = offset;
        int end = offset + length;
        while (position < end && !session.isClosing()) {
            position += decoder.feed(bytes, position, end - position);
            if (decoder.lineReady()) {
                session.line(decoder.takeLine(), out);
                decoder.limit(session.awaitingSaslResponse() ? config.saslLineLimit()
                        : Pop3LineDecoder.COMMAND_LIMIT);
                if (session.takeStartTls()) {
                    decoder.reset();
                    return true;
                }
            }
        }
        return false;
    }

    public void tlsEstablished(String description) {
        decoder.reset();
        session.tlsEstablished(description);
    }

    public void idleTimeout(OutputStream out) throws IOException {
        session.idleTimeout(out);
    }

    public boolean isClosing() {
        return session.isClosing();
    }

    /** The transport is done with the connection, whatever the reason: the session lets go of what it holds. */
    @Override
    public void close() {
        session.end();
    }

    public String summary() {
        return session.summary();
    }
}
