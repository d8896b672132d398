package org.flutemail.connector.adapter;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;

/**
 * The accept loop of one listener, itself a long-running Work. It wakes up every second even when
 * nobody connects, to close connections stuck writing to a client that stopped reading, and it ends
 * when the server socket is closed.
 */
final class AcceptLoop implements Work, WorkContextProvider {

    private static final Logger LOG = Logger.getLogger(AcceptLoop.class.getName());
    private static final int WAKE_UP_MILLIS = 1000;

    private final ServerSocket serverSocket;
    private final PortServer server;
    private final boolean hintLongRunning;
    private final CountDownLatch finished = new CountDownLatch(1);

    AcceptLoop(ServerSocket serverSocket, PortServer server, boolean hintLongRunning) {
        this.serverSocket = serverSocket;
        this.server = server;
        this.hintLongRunning = hintLongRunning;
    }

    @Override
    public void run() {
        try {
            acceptUntilClosed();
        } finally {
            finished.countDown();
        }
    }

    /**
     * Waits for the loop to leave {@code accept}: the JDK may defer the real close of a listening
     * socket until the thread blocked on it wakes up, and a redeployment must be able to bind again.
     */
    void awaitFinished(long timeoutMillis) throws InterruptedException {
        finished.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void acceptUntilClosed() {
        try {
            serverSocket.setSoTimeout(WAKE_UP_MILLIS);
        } catch (IOException e) {
            if (!serverSocket.isClosed()) {
                LOG.log(Level.SEVERE, "cannot set accept timeout", e);
            }
            return;
        }
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                server.serve(socket);
            } catch (SocketTimeoutException e) {
                server.releaseStuckConnections();
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    LOG.log(Level.WARNING, "accept failed on " + serverSocket.getLocalSocketAddress(), e);
                }
            }
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
        hints.setName("flute-accept");
        hints.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
        return List.of(hints);
    }
}
