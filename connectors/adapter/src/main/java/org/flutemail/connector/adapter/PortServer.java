package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
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
    private final ListenerPlacements placements;
    private final int maxConnections;
    private final PortProtocol protocol;
    private final WorkManager workManager;
    private final boolean hintLongRunning;
    private final Set<ConnectionWork> connections = ConcurrentHashMap.newKeySet();
    private PortLoop loop;
    private int boundPort;
    private ListenerStatus status;
    private volatile boolean running;
    private volatile boolean accepting;

    PortServer(String bindAddress, int port, int maxConnections, PortProtocol protocol, WorkManager workManager,
            boolean hintLongRunning) {
        this(bindAddress, port, maxConnections, protocol, workManager, hintLongRunning, new ListenerPlacements());
    }

    PortServer(String bindAddress, int port, int maxConnections, PortProtocol protocol, WorkManager workManager,
            boolean hintLongRunning, ListenerPlacements placements) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.placements = placements;
        this.maxConnections = maxConnections;
        this.protocol = protocol;
        this.workManager = workManager;
        this.hintLongRunning = hintLongRunning;
    }

    /**
     * Binds the port the administrator placed this listener on, else the configured one (also when the
     * placed one cannot be bound: a stored setting must not keep mail out after a restart), or binds
     * nothing if it was switched off.
     */
    void start() throws ResourceException {
        synchronized (placements) {
            startPlaced();
            placements.attach(key(), this);
        }
    }

    private synchronized void startPlaced() throws ResourceException {
        Optional<ListenerPlacements.Placement> placed = placements.wishFor(key());
        running = true;
        if (placed.isPresent() && !placed.get().enabled()) {
            boundPort = placed.get().port();
            LOG.info(() -> protocol.name() + " is switched off in the server settings (port " + boundPort + ")");
        } else if (placed.isPresent() && placed.get().port() != port) {
            try {
                accept(placed.get().port());
            } catch (IOException e) {
                LOG.severe(() -> protocol.name() + " cannot listen on port " + placed.get().port()
                        + " of the server settings (" + e.getMessage() + "); listening on the configured port "
                        + port + " instead");
                acceptOrFail(port);
            }
        } else {
            acceptOrFail(port);
        }
        publishStatus();
        OpenFilesLimit.warnIfBelow(maxConnections, protocol.name());
    }

    private void acceptOrFail(int onPort) throws ResourceException {
        try {
            accept(onPort);
        } catch (IOException e) {
            running = false;
            throw new ResourceException("cannot listen for " + protocol.name() + " on " + bindAddress + ":" + onPort, e);
        }
    }

    /** Binds {@code onPort} and accepts there; the port accepted on before (if any) is closed afterwards. */
    private void accept(int onPort) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.socket().setReuseAddress(true);
            channel.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), onPort), BACKLOG);
            if (loop == null) {
                PortLoop started = new PortLoop(channel, this, hintLongRunning);
                workManager.scheduleWork(started);
                loop = started;
            } else {
                loop.acceptOn(channel);
            }
        } catch (IOException | WorkException | RuntimeException e) {
            closeQuietly(channel);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        boundPort = channel.socket().getLocalPort();
        accepting = true;
        LOG.info(() -> protocol.name() + " listening on " + bindAddress + ":" + boundPort + " as " + serverName()
                + ", at most " + maxConnections + " connections");
    }

    /**
     * From the placements: accept on {@code newPort} from now on, or stop accepting. Connections already
     * open stay. Throws {@link IllegalStateException} with the reason when the port cannot be bound; the
     * listener then stays where it was.
     */
    synchronized void moveTo(int newPort, boolean enabled) {
        if (!running) {
            throw new IllegalStateException(protocol.name() + " is not running");
        }
        if (!enabled) {
            if (accepting) {
                loop.acceptOn(null);
                accepting = false;
                LOG.info(() -> protocol.name() + " stopped accepting on port " + boundPort + " (server settings)");
            }
            boundPort = newPort;
        } else if (!accepting || newPort != boundPort) {
            try {
                accept(newPort);
            } catch (IOException e) {
                throw new IllegalStateException("cannot listen for " + protocol.name() + " on port " + newPort + ": "
                        + e.getMessage());
            }
        }
        publishStatus();
    }

    private void publishStatus() {
        if (status != null) {
            status.unregister();
        }
        status = new ListenerStatus(protocol.name(), boundPort, port, () -> running && accepting, () -> accepting,
                connections::size);
        status.register();
    }

    String key() {
        return ListenerPlacements.key(protocol.name());
    }

    int configuredPort() {
        return port;
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
    void stop() {
        placements.detach(key(), this);
        stopServing();
    }

    private synchronized void stopServing() {
        running = false;
        accepting = false;
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
