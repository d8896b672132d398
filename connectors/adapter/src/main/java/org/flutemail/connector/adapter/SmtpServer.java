package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.WorkAdapter;
import jakarta.resource.spi.work.WorkEvent;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;


/**
 * One SMTP listening port (MX, submission or implicit-TLS submission) and the connections it
 * accepted. The port is bound in {@link #start} so a bind failure fails the activation (and the
 * deployment) instead of being logged by a thread; all threads come from the WorkManager.
 */
final class SmtpServer {

    private static final Logger LOG = Logger.getLogger(SmtpServer.class.getName());
    private static final long STOP_WAIT_MILLIS = 3000;

    private final ListenerSettings listener;
    private final int maxConnections;
    private final ConnectionSetup setup;
    private final WorkManager workManager;
    private final boolean hintLongRunning;
    private final Set<ConnectionWork> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket serverSocket;
    private AcceptLoop acceptLoop;

    SmtpServer(ListenerSettings listener, int maxConnections, ConnectionSetup setup, WorkManager workManager,
            boolean hintLongRunning) {
        this.listener = listener;
        this.maxConnections = maxConnections;
        this.setup = setup;
        this.workManager = workManager;
        this.hintLongRunning = hintLongRunning;
    }

    synchronized void start() throws ResourceException {
        try {
            serverSocket = new ServerSocket();
            serverSocket.setReuseAddress(true);
            serverSocket.bind(new InetSocketAddress(InetAddress.getByName(listener.bindAddress()), listener.port()));
        } catch (IOException e) {
            closeQuietly(serverSocket);
            throw new ResourceException("cannot listen for SMTP " + listener.name() + " on " + listener.bindAddress()
                    + ":" + listener.port(), e);
        }
        try {
            acceptLoop = new AcceptLoop(serverSocket, this, hintLongRunning);
            workManager.scheduleWork(acceptLoop);
        } catch (WorkException e) {
            closeQuietly(serverSocket);
            throw new ResourceException("cannot schedule the SMTP accept loop", e);
        }
        LOG.info(() -> "SMTP " + listener.name() + " listening on " + serverSocket.getLocalSocketAddress() + " as "
                + serverName());
    }

    int localPort() {
        return serverSocket.getLocalPort();
    }

    void serve(Socket socket) {
        if (connections.size() >= maxConnections) {
            refuse(socket, "421 4.7.0 " + serverName() + " Error: too many connections\r\n");
            return;
        }
        ConnectionWork tracked = new ConnectionWork(socket, setup, connections::remove);
        connections.add(tracked);
        try {
            workManager.scheduleWork(tracked, WorkManager.INDEFINITE, null, new RejectionCloser());
        } catch (WorkException e) {
            connections.remove(tracked);
            refuse(socket, "421 4.3.2 " + serverName() + " Error: service busy, try later\r\n");
        }
    }

    private String serverName() {
        return setup.protocol().serverName();
    }

    void releaseStuckConnections() {
        long now = System.nanoTime();
        connections.stream().filter(c -> c.isStuckWriting(now)).forEach(ConnectionWork::release);
    }

    /** Closes the port and every open connection; a later activation binds afresh. */
    synchronized void stop() {
        closeQuietly(serverSocket);
        connections.forEach(ConnectionWork::release);
        connections.clear();
        if (acceptLoop != null) {
            try {
                acceptLoop.awaitFinished(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void refuse(Socket socket, String reply) {
        try (socket; OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(1000);
            out.write(reply.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.log(Level.FINE, "refusing a connection", e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the SMTP port", e);
        }
    }

    /** A WorkManager may also reject asynchronously; the client must not be left waiting for a greeting. */
    private final class RejectionCloser extends WorkAdapter {
        @Override
        public void workRejected(WorkEvent event) {
            ConnectionWork work = (ConnectionWork) event.getWork();
            connections.remove(work);
            work.release();
        }
    }
}
