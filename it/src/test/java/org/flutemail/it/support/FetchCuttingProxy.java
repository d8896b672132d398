package org.flutemail.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of an outside mail server that breaks the first connection in the middle:
 * after {@code cutAfter} octets from the server it closes both sides. Later connections pass
 * through whole. For the fetch agent's "connection cut in the middle of a message" tests.
 */
public final class FetchCuttingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final long cutAfter;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean cut;

    public FetchCuttingProxy(String targetHost, int targetPort, long cutAfter) throws IOException {
        this.listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.cutAfter = cutAfter;
        Thread accept = new Thread(this::acceptLoop, "fetch-cutting-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Whether a connection has been cut yet. */
    public boolean hasCut() {
        return cut;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                boolean first = connections.getAndIncrement() == 0;
                pump(client, server, Long.MAX_VALUE, "up");
                pump(server, client, first ? cutAfter : Long.MAX_VALUE, "down");
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, long limit, String direction) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            long passed = 0;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, Math.max(1, limit - passed)))) > 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                    passed += n;
                    if (passed >= limit) {
                        cut = true;
                        break;
                    }
                }
            } catch (IOException e) {
                // the other direction closed the sockets
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "fetch-cutting-proxy-" + direction);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
