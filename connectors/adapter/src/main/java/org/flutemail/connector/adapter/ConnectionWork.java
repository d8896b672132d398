package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.resource.spi.work.Work;

import org.flutemail.connector.api.SmtpListener;
import org.flutemail.protocol.smtp.SmtpConnection;
import org.flutemail.protocol.smtp.session.SmtpConfig;

/**
 * One SMTP client connection, run on a WorkManager thread: blocking reads with the idle timeout as
 * the socket timeout, every chunk handed to {@link SmtpConnection}, its replies written back.
 *
 * <p>A blocking write has no timeout in {@code java.net}, so a client that stops reading could hold
 * this thread; {@link #isStuckWriting} lets the accept loop find such connections and
 * {@link #release()} them, which closes the socket and unblocks the write.
 */
final class ConnectionWork implements Work {

    private static final Logger LOG = Logger.getLogger(ConnectionWork.class.getName());
    private static final int READ_BUFFER = 16 * 1024;

    private final Socket socket;
    private final SmtpConfig config;
    private final SmtpListener store;
    private final Consumer<ConnectionWork> onEnd;
    private volatile long writingSince;

    ConnectionWork(Socket socket, SmtpConfig config, SmtpListener store, Consumer<ConnectionWork> onEnd) {
        this.socket = socket;
        this.config = config;
        this.store = store;
        this.onEnd = onEnd;
    }

    @Override
    public void run() {
        String client = socket.getInetAddress().getHostAddress();
        String outcome = "closed by client";
        SmtpConnection connection = new SmtpConnection(config, store, client, Clock.systemUTC());
        try (socket; connection) {
            socket.setSoTimeout((int) config.idleTimeout().toMillis());
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            send(out, connection.greet());
            outcome = serve(connection, in, out);
        } catch (IOException e) {
            outcome = "i/o error: " + e.getMessage();
        } catch (RuntimeException e) {
            outcome = "internal error";
            LOG.log(Level.WARNING, "SMTP session from " + client + " failed", e);
        } finally {
            onEnd.accept(this);
        }
        LOG.info("SMTP session from " + client + " helo=" + connection.clientName() + " ended (" + outcome + "): "
                + connection.stats());
    }

    private String serve(SmtpConnection connection, InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[READ_BUFFER];
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
            send(out, connection.receive(buffer, 0, read));
        }
        return "closed by server";
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
        return since != 0 && nowNanos - since > config.idleTimeout().toNanos();
    }

    /** Asked by the WorkManager on shutdown, or by the accept loop: end the session now. */
    @Override
    public void release() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a released connection", e);
        }
    }
}
