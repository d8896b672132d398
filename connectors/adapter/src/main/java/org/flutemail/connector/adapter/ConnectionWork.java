package org.flutemail.connector.adapter;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import jakarta.resource.spi.work.Work;

import org.flutemail.connector.adapter.tls.TlsSockets;

/**
 * One client connection, run on a WorkManager thread: blocking reads with the idle timeout as the
 * socket timeout, every chunk handed to the protocol's {@link Conversation}, its responses written
 * back. TLS (implicit, or after STARTTLS/STLS) wraps the socket in place; the TLS context is taken
 * once, when the connection starts, so a certificate change applies to new connections.
 *
 * <p>A blocking write has no timeout in {@code java.net}, so a client that stops reading could hold
 * this thread; {@link #isStuckWriting} lets the accept loop find such connections and
 * {@link #release()} them, which closes the socket and unblocks the write. A TLS handshake counts as
 * writing for that purpose, and its reads have their own, shorter timeout.
 */
final class ConnectionWork implements Work {

    private static final Logger LOG = Logger.getLogger(ConnectionWork.class.getName());
    private static final int READ_BUFFER = 16 * 1024;
    private static final int WRITE_BUFFER = 16 * 1024;

    private final Socket socket;
    private final PortProtocol protocol;
    private final Consumer<ConnectionWork> onEnd;
    private volatile long writingSince;
    private Socket transport;

    ConnectionWork(Socket socket, PortProtocol protocol, Consumer<ConnectionWork> onEnd) {
        this.socket = socket;
        this.protocol = protocol;
        this.onEnd = onEnd;
        this.transport = socket;
    }

    @Override
    public void run() {
        String client = socket.getInetAddress().getHostAddress();
        Optional<SSLContext> tls = protocol.tls().get();
        Conversation conversation = protocol.open(client, tls.isPresent());
        String outcome;
        try (conversation) {
            outcome = converse(conversation, tls);
        } catch (IOException e) {
            outcome = "i/o error: " + e.getMessage();
        } catch (RuntimeException e) {
            outcome = "internal error";
            LOG.log(Level.WARNING, protocol.name() + " session from " + client + " failed", e);
        } finally {
            closeQuietly(transport);
            closeQuietly(socket);
            onEnd.accept(this);
        }
        LOG.info(protocol.name() + " session from " + client + " ended (" + outcome + "): "
                + conversation.summary());
    }

    private String converse(Conversation conversation, Optional<SSLContext> tls) throws IOException {
        socket.setSoTimeout((int) protocol.idleTimeout().toMillis());
        socket.setTcpNoDelay(true);
        if (protocol.implicitTls()) {
            if (tls.isEmpty()) {
                return "no TLS certificate loaded";
            }
            String failure = startTls(tls.get(), conversation);
            if (failure != null) {
                return failure;
            }
        }
        OutputStream out = watched(transport.getOutputStream());
        conversation.greet(out);
        out.flush();
        return serve(conversation, tls);
    }

    private String serve(Conversation conversation, Optional<SSLContext> tls) throws IOException {
        byte[] buffer = new byte[READ_BUFFER];
        InputStream in = transport.getInputStream();
        OutputStream out = watched(transport.getOutputStream());
        Duration tick = conversation.tickInterval();
        long idleNanos = protocol.idleTimeout().toNanos();
        long lastHeard = System.nanoTime();
        if (tick != null) {
            transport.setSoTimeout((int) Math.min(tick.toMillis(), protocol.idleTimeout().toMillis()));
        }
        while (!conversation.isClosing()) {
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException e) {
                if (tick != null && System.nanoTime() - lastHeard < idleNanos) {
                    conversation.tick(out);
                    out.flush();
                    continue;
                }
                conversation.idleTimeout(out);
                out.flush();
                return "idle timeout";
            }
            lastHeard = System.nanoTime();
            if (read < 0) {
                return "closed by client";
            }
            boolean startTls = conversation.receive(buffer, 0, read, out);
            out.flush();
            if (startTls) {
                String failure = startTls(tls.orElseThrow(), conversation);
                if (failure != null) {
                    return failure;
                }
                in = transport.getInputStream();
                out = watched(transport.getOutputStream());
                if (tick != null) {
                    transport.setSoTimeout((int) Math.min(tick.toMillis(), protocol.idleTimeout().toMillis()));
                }
            }
            if (conversation.takeCompressionRequest()) {
                // RFC 4978: raw DEFLATE both ways from here on; each flush ends a block the client can read.
                in = new InflaterInputStream(in, new Inflater(true));
                out = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true), true);
            }
        }
        return "closed by server";
    }

    /** Runs the handshake over the plain socket; returns why it failed, or null. */
    private String startTls(SSLContext context, Conversation conversation) {
        writingSince = System.nanoTime();
        try {
            SSLSocket tls = TlsSockets.handshake(context, socket, (int) protocol.handshakeTimeout().toMillis());
            transport = tls;
            tls.setSoTimeout((int) protocol.idleTimeout().toMillis());
            conversation.tlsEstablished(TlsSockets.describe(tls));
            return null;
        } catch (SocketTimeoutException e) {
            return "TLS handshake timeout";
        } catch (IOException e) {
            return "TLS handshake failed: " + e.getMessage();
        } finally {
            writingSince = 0;
        }
    }

    /**
     * Buffers the responses of one read (pipelined commands go out in one segment) and marks every
     * write to the socket, so the watchdog sees a client that stopped reading.
     */
    private OutputStream watched(OutputStream socketOut) {
        OutputStream marking = new FilterOutputStream(socketOut) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                writingSince = System.nanoTime();
                try {
                    out.write(bytes, offset, length);
                } finally {
                    writingSince = 0;
                }
            }

            @Override
            public void flush() throws IOException {
                writingSince = System.nanoTime();
                try {
                    out.flush();
                } finally {
                    writingSince = 0;
                }
            }
        };
        return new java.io.BufferedOutputStream(marking, WRITE_BUFFER);
    }

    boolean isStuckWriting(long nowNanos) {
        long since = writingSince;
        return since != 0 && nowNanos - since > protocol.idleTimeout().toNanos();
    }

    /** Asked by the WorkManager on shutdown, or by the accept loop: end the session now. */
    @Override
    public void release() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket closing) {
        try {
            closing.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a connection", e);
        }
    }
}
