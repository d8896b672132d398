package org.flutemail.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of a real server that cuts each connection once the server has sent a given
 * number of octets: a connection lost in the middle of a message, as a flaky network would lose it.
 */
public final class MigrationCuttingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final long cutAfter;

    private MigrationCuttingProxy(int targetPort, long cutAfter) throws IOException {
        this.listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.cutAfter = cutAfter;
        Thread accept = new Thread(this::acceptLoop, "cutting proxy " + port());
        accept.setDaemon(true);
        accept.start();
    }

    public static MigrationCuttingProxy start(int targetPort, long cutAfterServerOctets) {
        try {
            return new MigrationCuttingProxy(targetPort, cutAfterServerOctets);
        } catch (IOException e) {
            throw new AssertionError("cannot start the proxy", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(FluteServer.HOST, targetPort);
                AtomicLong fromServer = new AtomicLong();
                pump(client, server, Long.MAX_VALUE, new AtomicLong());
                pump(server, client, cutAfter, fromServer);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to, long limit, AtomicLong count) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    long allowed = limit - count.get();
                    if (allowed <= 0) {
                        break;
                    }
                    int write = (int) Math.min(n, allowed);
                    out.write(buffer, 0, write);
                    out.flush();
                    count.addAndGet(write);
                }
            } catch (IOException ignored) {
                // the other direction closed the sockets
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that failed already
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // nothing to release
        }
    }
}
