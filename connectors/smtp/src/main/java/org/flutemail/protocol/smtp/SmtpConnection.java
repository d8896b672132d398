package org.flutemail.protocol.smtp;

import java.io.ByteArrayOutputStream;
import java.time.Clock;

import org.flutemail.connector.api.SmtpListener;
import org.flutemail.protocol.smtp.codec.ContentFlaws;
import org.flutemail.protocol.smtp.codec.DecoderHandler;
import org.flutemail.protocol.smtp.codec.SmtpDecoder;
import org.flutemail.protocol.smtp.reply.Reply;
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
 */
public final class SmtpConnection implements AutoCloseable {

    /** What to send, and whether to close the connection after sending it. */
    public record Output(byte[] bytes, boolean close) {
    }

    private final SmtpSession session;
    private final SmtpDecoder decoder;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean closing;

    public SmtpConnection(SmtpConfig config, SmtpListener store, String clientAddress, Clock clock) {
        this.session = new SmtpSession(config, store, clientAddress, clock);
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
        Output output = new Output(pending.toByteArray(), closing);
        pending.reset();
        return output;
    }

    private void apply(Step step) {
        for (Reply reply : step.replies()) {
            pending.writeBytes(reply.encode());
        }
        switch (step.action()) {
            case START_DATA -> decoder.enterDataMode();
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
    }
}
