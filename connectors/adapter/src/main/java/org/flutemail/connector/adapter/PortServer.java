package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
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
 * One listening port (SMTP MX, submission, implicit-TLS submission, POP3, POP3S, IMAP, IMAPS) and the
 * connections it accepted. The port is bound in {@link #start} so a bind failure fails the activation (and the
 * deployment) instead of being logged by a thread; all threads come from the WorkManager: one long-running
 * {@link PortLoop}, and a short turn whenever a connection has something to do.
 */
final class PortServer {

    private static final Logger LOG = Logger.getLogger(PortServer.class.getName());
    private static final long STOP_WAIT_MILLIS = 3000;
    /** Thousands of clients may reconnect at once after a restart; the kernel caps this at somaxconn. */
    private static final int BACKLOG = 1024;

    private final String bindAddress;
    private final int port;
    private final int maxConnections;
    private final PortProtocol protocol;
    private final WorkManager workManager;
    private final boolean hintLongRunning;
    private final Set<ConnectionWork> connections = ConcurrentHashMap.newKeySet();
    private ServerSocketChannel serverChannel;
    private PortLoop loop;
    private int boundPort;
    private ListenerStatus status;
    private volatile boolean running;

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
            serverChannel = ServerSocketChannel.open();
            serverChannel.socket().setReuseAddress(true);
            serverChannel.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port), BACKLOG);
            boundPort = serverChannel.socket().getLocalPort();
            loop = new PortLoop(serverChannel, this, hintLongRunning);
        } catch (IOException e) {
            closeQuietly(serverChannel);
            throw new ResourceException("cannot listen for " + protocol.name() + " on " + bindAddress + ":" + port, e);
        }
        try {
            workManager.scheduleWork(loop);
        } catch (WorkException e) {
            closeQuietly(serverChannel);
            throw new ResourceException("cannot schedule the " + protocol.name() + " port loop", e);
        }
        running = true;
        status = new ListenerStatus(protocol.name(), boundPort, () -> running, connections::size);
        status.register();
        LOG.info(() -> protocol.name() + " listening on " + bindAddress + ":" + boundPort + " as " + serverName()
                + ", at most " + maxConnections + " connections");
        OpenFilesLimit.warnIfBelow(maxConnections, protocol.name());
    }

    int localPort() {
        return boundPort;
    }

    Collection<ConnectionWork> connections() {
        return connections;
    }

    /** From the loop: a connection just accepted (its channel in blocking mode). */
    void serve(Socket socket) {
        if (connections.size() >= maxConnections) {
            refuse(socket, protocol.tooManyConnections());
            return;
        }
        int perClient = protocol.maxConnectionsPerClient();
        if (perClient > 0 && fromClient(socket.getInetAddress().getHostAddress()) >= perClient) {
            refuse(socket, protocol.tooManyFromClient());
            return;
        }
        ConnectionWork tracked = new ConnectionWork(socket, protocol, loop, connections::remove);
        connections.add(tracked);
        try {
            workManager.scheduleWork(tracked.nextTurn(), WorkManager.INDEFINITE, null, new RejectionHandler());
        } catch (WorkException e) {
            connections.remove(tracked);
            refuse(socket, protocol.busy());
        }
    }

    /** Only the loop adds connections, so a count it takes stays true until it adds the next one. */
    private long fromClient(String address) {
        return connections.stream().filter(c -> c.client().equals(address)).count();
    }

    /** From the loop: a turn of a connection taken out of the selector; false if the WorkManager said no. */
    boolean scheduleTurn(ConnectionWork connection) {
        ConnectionWork.Turn turn = connection.nextTurn();
        try {
            workManager.scheduleWork(turn, WorkManager.INDEFINITE, null, new RejectionHandler());
            return true;
        } catch (WorkException e) {
            return !turn.markRejected();
        }
    }

    private String serverName() {
        return protocol.serverName();
    }

    /** Closes the port and every open connection; a later activation binds afresh. */
    synchronized void stop() {
        running = false;
        if (status != null) {
            status.unregister();
        }
        if (loop != null) {
            try {
                loop.stop(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly(serverChannel);
        connections.forEach(ConnectionWork::release);
        connections.clear();
    }

    private static void refuse(Socket socket, String reply) {
        try (socket; OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(1000);
            out.write(reply.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.log(Level.FINE, "refusing a connection", e);
        }
    }

    private static void closeQuietly(ServerSocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a listening port", e);
        }
    }

    /**
     * A WorkManager may also reject asynchronously: a new client must not be left waiting for a greeting,
     * and a served one has its turn tried again.
     */
    private final class RejectionHandler extends WorkAdapter {
        @Override
        public void workRejected(WorkEvent event) {
            ConnectionWork.Turn turn = (ConnectionWork.Turn) event.getWork();
            if (!turn.markRejected()) {
                return;
            }
            ConnectionWork connection = turn.connection();
            if (turn.isFirst()) {
                connections.remove(connection);
                connection.release();
            } else {
                loop.retryLater(connection);
            }
        }
    }
}
