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
 * One listening port (SMTP MX, submission, implicit-TLS submission, POP3, POP3S) and the
 * connections it accepted. The port is bound in {@link #start} so a bind failure fails the activation (and the
 * deployment) instead of being logged by a thread; all threads come from the WorkManager.
 */
final class PortServer {

    private static final Logger LOG = Logger.getLogger(PortServer.class.getName());
    private static final long STOP_WAIT_MILLIS = 3000;

    private final String bindAddress;
    private final int port;
    private final int maxConnections;
    private final PortProtocol protocol;
    private final WorkManager workManager;
    private final boolean hintLongRunning;
    private final Set<ConnectionWork> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket serverSocket;
    private AcceptLoop acceptLoop;

    PortServer(String bindAddress, int port, int maxConnections, PortProtocol protocol, WorkManager workManager,
            boolean hintLongRunning) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.maxConnections = maxConnections;
        this.protocol = protocol;
        this.workManager = workManager;
        this.hintLongRunning = hintLongRunning;
    }

    synchronized void start() throws ResourceException {
        try {
            serverSocket = new ServerSocket();
            serverSocket.setReuseAddress(true);
            serverSocket.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port));
        } catch (IOException e) {
            closeQuietly(serverSocket);
            throw new ResourceException("cannot listen for " + protocol.name() + " on " + bindAddress + ":" + port, e);
        }
        try {
            acceptLoop = new AcceptLoop(serverSocket, this, hintLongRunning);
            workManager.scheduleWork(acceptLoop);
        } catch (WorkException e) {
            closeQuietly(serverSocket);
            throw new ResourceException("cannot schedule the " + protocol.name() + " accept loop", e);
        }
        LOG.info(() -> protocol.name() + " listening on " + serverSocket.getLocalSocketAddress() + " as "
                + serverName());
    }

    int localPort() {
        return serverSocket.getLocalPort();
    }

    void serve(Socket socket) {
        if (connections.size() >= maxConnections) {
            refuse(socket, protocol.tooManyConnections());
            return;
        }
        ConnectionWork tracked = new ConnectionWork(socket, protocol, connections::remove);
        connections.add(tracked);
        try {
            workManager.scheduleWork(tracked, WorkManager.INDEFINITE, null, new RejectionCloser());
        } catch (WorkException e) {
            connections.remove(tracked);
            refuse(socket, protocol.busy());
        }
    }

    private String serverName() {
        return protocol.serverName();
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
            LOG.log(Level.FINE, "closing a listening port", e);
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
