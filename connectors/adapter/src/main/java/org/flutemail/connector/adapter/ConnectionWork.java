package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import jakarta.resource.spi.work.Work;

import org.flutemail.connector.adapter.tls.TlsSockets;
import org.flutemail.protocol.smtp.SmtpConnection;
import org.flutemail.protocol.smtp.session.ListenerPolicy;

/**
 * One SMTP client connection, run on a WorkManager thread: blocking reads with the idle timeout as
 * the socket timeout, every chunk handed to {@link SmtpConnection}, its replies written back. TLS
 * (implicit, or after STARTTLS) wraps the socket in place; the TLS context is taken once, when the
 * connection starts, so a certificate change applies to new connections.
 *
 * <p>A blocking write has no timeout in {@code java.net}, so a client that stops reading could hold
 * this thread; {@link #isStuckWriting} lets the accept loop find such connections and
 * {@link #release()} them, which closes the socket and unblocks the write. A TLS handshake counts as
 * writing for that purpose, and its reads have their own, shorter timeout.
 */
final class ConnectionWork implements Work {

    private static final Logger LOG = Logger.getLogger(ConnectionWork.class.getName());
    private static final int READ_BUFFER = 16 * 1024;

    private final Socket socket;
    private final ConnectionSetup setup;
    private final Consumer<ConnectionWork> onEnd;
    private volatile long writingSince;
    private Socket transport;

    ConnectionWork(Socket socket, ConnectionSetup setup, Consumer<ConnectionWork> onEnd) {
        this.socket = socket;
        this.setup = setup;
        this.onEnd = onEnd;
        this.transport = socket;
    }

    @Override
    public void run() {
        String client = socket.getInetAddress().getHostAddress();
        Optional<SSLContext> tls = setup.tls().get();
        ListenerPolicy policy = setup.policy().withTlsAvailable(tls.isPresent());
        SmtpConnection connection = new SmtpConnection(setup.protocol(), policy, setup.mechanisms(), setup.store(),
                client, Clock.systemUTC());
        String outcome;
        try (connection) {
            outcome = converse(connection, policy, tls);
        } catch (IOException e) {
            outcome = "i/o error: " + e.getMessage();
        } catch (RuntimeException e) {
            outcome = "internal error";
            LOG.log(Level.WARNING, "SMTP session from " + client + " failed", e);
        } finally {
            closeQuietly(transport);
            closeQuietly(socket);
            onEnd.accept(this);
        }
        LOG.info("SMTP " + policy.listener() + " session from " + client + " helo=" + connection.clientName()
                + " ended (" + outcome + "): " + connection.stats());
    }

    private String converse(SmtpConnection connection, ListenerPolicy policy, Optional<SSLContext> tls)
            throws IOException {
        socket.setSoTimeout((int) setup.protocol().idleTimeout().toMillis());
        socket.setTcpNoDelay(true);
        if (policy.implicitTls()) {
            if (tls.isEmpty()) {
                return "no TLS certificate loaded";
            }
            String failure = startTls(tls.get(), connection);
            if (failure != null) {
                return failure;
            }
        }
        send(transport.getOutputStream(), connection.greet());
        return serve(connection, tls);
    }

    private String serve(SmtpConnection connection, Optional<SSLContext> tls) throws IOException {
        byte[] buffer = new byte[READ_BUFFER];
        InputStream in = transport.getInputStream();
        OutputStream out = transport.getOutputStream();
        while (!connection.isClosing()) {
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException e) {
                send(out, connection.idleTimeout());
                return "idle timeout";
            }
            if (read < 0) {
                return "closed by client";
            }
            SmtpConnection.Output output = connection.receive(buffer, 0, read);
            send(out, output);
            if (output.startTls()) {
                String failure = startTls(tls.orElseThrow(), connection);
                if (failure != null) {
                    return failure;
                }
                in = transport.getInputStream();
                out = transport.getOutputStream();
            }
        }
        return "closed by server";
    }

    /** Runs the handshake over the plain socket; returns why it failed, or null. */
    private String startTls(SSLContext context, SmtpConnection connection) {
        writingSince = System.nanoTime();
        try {
            SSLSocket tls = TlsSockets.handshake(context, socket, (int) setup.handshakeTimeout().toMillis());
            transport = tls;
            tls.setSoTimeout((int) setup.protocol().idleTimeout().toMillis());
            connection.tlsEstablished(TlsSockets.describe(tls));
            return null;
        } catch (SocketTimeoutException e) {
            return "TLS handshake timeout";
        } catch (IOException e) {
            return "TLS handshake failed: " + e.getMessage();
        } finally {
            writingSince = 0;
        }
    }

    private void send(OutputStream out, SmtpConnection.Output output) throws IOException {
        if (output.bytes().length == 0) {
            return;
        }
        writingSince = System.nanoTime();
        try {
            out.write(output.bytes());
            out.flush();
        } finally {
            writingSince = 0;
        }
    }

    boolean isStuckWriting(long nowNanos) {
        long since = writingSince;
        return since != 0 && nowNanos - since > setup.protocol().idleTimeout().toNanos();
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
