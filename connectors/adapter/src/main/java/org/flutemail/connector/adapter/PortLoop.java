package org.flutemail.connector.adapter;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;

/**
 * The one long-running Work of a listening port: a selector that accepts connections and watches the
 * parked ones (see {@link ConnectionWork}), which cost no thread between commands. A parked connection
 * becomes readable, is woken up by its conversation, or is found by the sweep (once a second: idle
 * timeout, safety tick, clients that stopped reading); then its key is cancelled, the cancellation
 * takes effect ({@code selectNow}) so the turn may set blocking mode again, and a turn is scheduled.
 * A turn the WorkManager rejects is tried again shortly: it is a connection already served, not a new
 * one to turn away.
 */
final class PortLoop implements Work, WorkContextProvider {

    private static final Logger LOG = Logger.getLogger(PortLoop.class.getName());
    private static final long SWEEP_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long RETRY_MILLIS = 50;
    private static final long ACCEPT_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private static final long MOVE_WAIT_MILLIS = 3000;

    /** Loop thread only, once the loop runs; null while the port accepts nothing. */
    private ServerSocketChannel serverChannel;
    private final Selector selector;
    private final PortServer server;
    private final boolean hintLongRunning;
    private final Queue<ConnectionWork> parking = new ConcurrentLinkedQueue<>();
    private final Queue<ConnectionWork> wakeUps = new ConcurrentLinkedQueue<>();
    private final Queue<ConnectionWork> rejectedLater = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Queue<AcceptorChange> acceptorChanges = new ConcurrentLinkedQueue<>();
    private volatile boolean stopping;
    /** Loop thread only: connections taken out of the selector, to be scheduled after {@code selectNow}. */
    private List<ConnectionWork> resuming = new ArrayList<>();
    private List<ConnectionWork> rejected = new ArrayList<>();
    private SelectionKey acceptKey;
    private long acceptPausedUntil;

    PortLoop(ServerSocketChannel serverChannel, PortServer server, boolean hintLongRunning) throws IOException {
        this.serverChannel = serverChannel;
        this.server = server;
        this.hintLongRunning = hintLongRunning;
        this.selector = Selector.open();
        serverChannel.configureBlocking(false);
        acceptKey = serverChannel.register(selector, SelectionKey.OP_ACCEPT);
    }

    /** A new listening channel for the loop to accept on (none: stop accepting), and who waits for it. */
    private record AcceptorChange(ServerSocketChannel channel, CountDownLatch done) {
    }

    /**
     * From any thread: accept on {@code channel} from now on, or on nothing if it is null; the channel
     * accepted on so far is closed. Returns once the loop has switched, so the old port is free.
     */
    void acceptOn(ServerSocketChannel channel) {
        AcceptorChange change = new AcceptorChange(channel, new CountDownLatch(1));
        acceptorChanges.add(change);
        selector.wakeup();
        try {
            if (!change.done().await(MOVE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> "the loop of port " + server.localPort() + " did not switch ports in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** From a turn: its connection waits for the client now (state {@code PARKING}, non-blocking). */
    void park(ConnectionWork connection) {
        parking.add(connection);
        selector.wakeup();
    }

    /** From any thread: a parked connection should have a turn now. */
    void resume(ConnectionWork connection) {
        wakeUps.add(connection);
        selector.wakeup();
    }

    /** From a WorkManager listener: a turn was rejected after {@code scheduleWork} returned. */
    void retryLater(ConnectionWork connection) {
        rejectedLater.add(connection);
        selector.wakeup();
    }

    @Override
    public void run() {
        try {
            loop();
        } catch (IOException | RuntimeException e) {
            if (!stopping) {
                LOG.log(Level.SEVERE, "the loop of port " + server.localPort() + " failed", e);
            }
        } finally {
            closeQuietly();
            finished.countDown();
        }
    }

    private void loop() throws IOException {
        long nextSweep = System.nanoTime() + SWEEP_NANOS;
        while (!stopping) {
            long waitMillis = rejected.isEmpty()
                    ? Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextSweep - System.nanoTime())) : RETRY_MILLIS;
            selector.select(waitMillis);
            if (stopping) {
                return;
            }
            handleSelected();
            switchAcceptor();
            registerParked();
            takeWakeUps();
            long now = System.nanoTime();
            if (now >= nextSweep) {
                sweep(now);
                nextSweep = now + SWEEP_NANOS;
            }
            if (acceptPausedUntil != 0 && now >= acceptPausedUntil && acceptKey != null) {
                acceptPausedUntil = 0;
                acceptKey.interestOps(SelectionKey.OP_ACCEPT);
            }
            scheduleResumed();
        }
    }

    private void handleSelected() {
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            if (key == acceptKey) {
                acceptAll();
            } else if (key.isValid()) {
                ConnectionWork connection = (ConnectionWork) key.attachment();
                key.cancel();
                if (connection.moveState(ConnectionWork.State.PARKED, ConnectionWork.State.RUNNING)) {
                    connection.markReadable();
                    resuming.add(connection);
                }
            }
        }
    }

    /**
     * The old channel's key is cancelled and deregistered ({@code selectNow}) before the channel is
     * closed: only then does the JDK really release the port.
     */
    private void switchAcceptor() throws IOException {
        AcceptorChange change;
        while ((change = acceptorChanges.poll()) != null) {
            try {
                if (acceptKey != null) {
                    acceptKey.cancel();
                    acceptKey = null;
                    selector.selectNow();
                }
                if (serverChannel != null) {
                    serverChannel.close();
                }
                serverChannel = change.channel();
                acceptPausedUntil = 0;
                if (serverChannel != null) {
                    serverChannel.configureBlocking(false);
                    acceptKey = serverChannel.register(selector, SelectionKey.OP_ACCEPT);
                }
            } finally {
                change.done().countDown();
            }
        }
    }

    private void acceptAll() {
        while (true) {
            SocketChannel accepted;
            try {
                accepted = serverChannel.accept();
            } catch (IOException e) {
                if (serverChannel.isOpen()) {
                    // Most likely out of file descriptors: wait a little rather than spin on a ready key.
                    LOG.log(Level.WARNING, "accept failed on port " + server.localPort() + ": " + e.getMessage());
                    acceptKey.interestOps(0);
                    acceptPausedUntil = System.nanoTime() + ACCEPT_PAUSE_NANOS;
                }
                return;
            }
            if (accepted == null) {
                return;
            }
            server.serve(accepted.socket());
        }
    }

    private void registerParked() {
        ConnectionWork connection;
        while ((connection = parking.poll()) != null) {
            try {
                SelectionKey key = connection.channel().register(selector, SelectionKey.OP_READ, connection);
                if (!connection.moveState(ConnectionWork.State.PARKING, ConnectionWork.State.PARKED)) {
                    key.cancel(); // released meanwhile
                } else if (connection.wakeUpAsked()) {
                    // A wake-up that came while the connection was going to park saw it not parked yet.
                    takeOut(connection);
                }
            } catch (ClosedChannelException | IllegalStateException e) {
                connection.endParked("closed while parking");
            }
        }
    }

    private void takeWakeUps() {
        ConnectionWork connection;
        while ((connection = wakeUps.poll()) != null) {
            takeOut(connection);
        }
        while ((connection = rejectedLater.poll()) != null) {
            rejected.add(connection);
        }
    }

    /** Moves a parked connection to {@code RUNNING}; does nothing if another path took it already. */
    private void takeOut(ConnectionWork connection) {
        if (connection.moveState(ConnectionWork.State.PARKED, ConnectionWork.State.RUNNING)) {
            SelectionKey key = connection.channel().keyFor(selector);
            if (key != null) {
                key.cancel();
            }
            resuming.add(connection);
        }
    }

    private void sweep(long now) {
        for (ConnectionWork connection : server.connections()) {
            ConnectionWork.State state = connection.state();
            if (state == ConnectionWork.State.PARKED) {
                if (!connection.channel().isOpen()) {
                    connection.endParked("closed");
                } else if (connection.dueForResumption(now)) {
                    takeOut(connection);
                }
            } else if (state == ConnectionWork.State.RUNNING && connection.isStuckWriting(now)) {
                connection.release();
            }
        }
    }

    /** Lets cancelled keys be deregistered, so turns may set blocking mode, then schedules the turns. */
    private void scheduleResumed() throws IOException {
        if (resuming.isEmpty() && rejected.isEmpty()) {
            return;
        }
        if (!resuming.isEmpty()) {
            selector.selectNow();
        }
        List<ConnectionWork> scheduling = resuming;
        scheduling.addAll(rejected);
        resuming = new ArrayList<>();
        rejected = new ArrayList<>();
        for (ConnectionWork connection : scheduling) {
            // Once the pool says no, the rest wait for the next round without asking: each refusal costs.
            if (!rejected.isEmpty() || !server.scheduleTurn(connection)) {
                rejected.add(connection);
            }
        }
    }

    /**
     * Stops accepting and watching: the port closes (the JDK closes a channel registered with a selector
     * only once the selector lets go of it, so the loop closes both before it ends); a redeployment must
     * be able to bind again. The port's connections are released by the server.
     */
    void stop(long timeoutMillis) throws InterruptedException {
        stopping = true;
        selector.wakeup();
        finished.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void closeQuietly() {
        try {
            if (serverChannel != null) {
                serverChannel.close();
            }
            selector.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a listening port", e);
        }
    }

    @Override
    public void release() {
        server.stop();
    }

    /** Asks for a long-running thread where the container offers the hint, so short work is not starved. */
    @Override
    public List<WorkContext> getWorkContexts() {
        if (!hintLongRunning) {
            return List.of();
        }
        HintsContext hints = new HintsContext();
        hints.setName("flute-port");
        hints.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
        return List.of(hints);
    }
}
