package org.flutemail.protocol.smtp;

import java.io.ByteArrayOutputStream;
import java.time.Clock;

import org.flutemail.connector.api.SmtpListener;
import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.codec.ContentFlaws;
import org.flutemail.protocol.smtp.codec.DecoderHandler;
import org.flutemail.protocol.smtp.codec.SmtpDecoder;
import org.flutemail.protocol.smtp.rate.SendingRates;
import org.flutemail.protocol.smtp.reply.Reply;
import org.flutemail.protocol.smtp.session.ListenerPolicy;
import org.flutemail.protocol.smtp.session.SessionStats;
import org.flutemail.protocol.smtp.session.SmtpConfig;
import org.flutemail.protocol.smtp.session.SmtpSession;
import org.flutemail.protocol.smtp.session.Step;

/**
 * One SMTP server connection without the socket: bytes in, bytes out. It joins the framing
 * ({@link SmtpDecoder}) to the semantics ({@link SmtpSession}) and is all a transport needs: call
 * {@link #greet()} once, {@link #receive} with every chunk read, {@link #idleTimeout()} when the client
 * went quiet too long, and {@link #close()} at the end whatever happened, which deletes spool files.
 *
 * <p>Replies to pipelined commands in one chunk come back together, so a transport writes once per
 * read (RFC 2920). Not thread-safe: one thread drives a connection at a time.
 *
 * <p>TLS is the transport's: when an {@link Output} says {@code startTls}, the transport sends the
 * bytes, runs the handshake and calls {@link #tlsEstablished}. Whatever the client had sent after the
 * STARTTLS line is dropped here, never read as if it had come over TLS; for implicit TLS the transport
 * calls {@link #tlsEstablished} before {@link #greet()}.
 */
public final class SmtpConnection implements AutoCloseable {

    /**
     * What to send, and then whether to close the connection or to start TLS (in which case nothing
     * more is read in the clear).
     */
    public record Output(byte[] bytes, boolean close, boolean startTls) {
    }

    private final SmtpSession session;
    private final SmtpDecoder decoder;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean closing;
    private boolean startingTls;

    /** An MX connection without TLS or AUTH. */
    public SmtpConnection(SmtpConfig config, SmtpListener store, String clientAddress, Clock clock) {
        this(new SmtpSession(config, store, clientAddress, clock), config);
    }

    public SmtpConnection(SmtpConfig config, ListenerPolicy policy, SaslMechanisms mechanisms, SmtpListener store,
            String clientAddress, Clock clock) {
        this(config, policy, mechanisms, store, SendingRates.UNLIMITED, clientAddress, clock);
    }

    public SmtpConnection(SmtpConfig config, ListenerPolicy policy, SaslMechanisms mechanisms, SmtpListener store,
            SendingRates rates, String clientAddress, Clock clock) {
        this(new SmtpSession(config, policy, mechanisms, store, rates, clientAddress, clock), config);
    }

    private SmtpConnection(SmtpSession session, SmtpConfig config) {
        this.session = session;
        this.decoder = new SmtpDecoder(config.maxCommandLineLength(), new Handler());
    }

    public Output greet() {
        apply(session.greet());
        return drain();
    }

    public Output receive(byte[] bytes, int offset, int length) {
        decoder.feed(bytes, offset, length);
        return drain();
    }

    /**
     * The TLS handshake succeeded: the dialogue restarts inside TLS (RFC 3207 section 4.2).
     *
     * @param description the protocol and cipher suite, for the trace header
     */
    public void tlsEstablished(String description) {
        startingTls = false;
        decoder.reset();
        session.tlsEstablished(description);
    }

    public Output idleTimeout() {
        apply(session.idleTimeout());
        return drain();
    }

    public boolean isClosing() {
        return closing;
    }

    public SessionStats stats() {
        return session.stats();
    }

    public String clientName() {
        return session.clientName();
    }

    @Override
    public void close() {
        session.close();
    }

    private Output drain() {
        Output output = new Output(pending.toByteArray(), closing, startingTls && !closing);
        pending.reset();
        return output;
    }

    private void apply(Step step) {
        for (Reply reply : step.replies()) {
            pending.writeBytes(reply.encode());
        }
        switch (step.action()) {
            case START_DATA -> decoder.enterDataMode();
            case READ_CHUNK -> decoder.enterChunkMode(step.chunkSize());
            case START_TLS -> {
                startingTls = true;
                decoder.stop();
            }
            case CLOSE -> {
                closing = true;
                decoder.stop();
            }
            default -> {
            }
        }
    }

    private final class Handler implements DecoderHandler {
        @Override
        public void commandLine(String line) {
            apply(session.command(line));
        }

        @Override
        public void commandLineTooLong() {
            apply(session.lineTooLong());
        }

        @Override
        public void content(byte[] buffer, int offset, int length) {
            session.content(buffer, offset, length);
        }

        @Override
        public void endOfData(ContentFlaws flaws) {
            apply(session.endOfData(flaws));
        }

        @Override
        public void endOfChunk() {
            apply(session.endOfChunk());
        }
    }
}
