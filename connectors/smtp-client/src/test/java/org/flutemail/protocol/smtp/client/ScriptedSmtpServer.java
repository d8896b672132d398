package org.flutemail.protocol.smtp.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.flutemail.protocol.smtp.client.route.RemoteHost;

/**
 * A fake SMTP server on loopback whose every reply is decided by the test: each accepted connection
 * runs the script on its own thread. Lets tests produce what real servers rarely do on demand
 * (4xx greetings, silence, a 550 for one recipient).
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** What the server does with one connection. */
    interface Script {
        void run(Peer peer) throws Exception;
    }

    private final ServerSocket listener;
    private final Script script;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Peer> peers = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    private ScriptedSmtpServer(Script script) throws IOException {
        this.script = script;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "fake-smtp-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ScriptedSmtpServer start(Script script) throws IOException {
        return new ScriptedSmtpServer(script);
    }

    RemoteHost host(String name) {
        return new RemoteHost(name, InetAddress.getLoopbackAddress(), listener.getLocalPort());
    }

    int port() {
        return listener.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** The peers of all connections so far, in order of arrival. */
    List<Peer> peers() {
        return peers;
    }

    /** Assertion errors or exceptions raised inside scripts (other than the client hanging up). */
    List<Throwable> failures() {
        return failures;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.incrementAndGet();
                Peer peer = new Peer(socket);
                peers.add(peer);
                Thread worker = new Thread(() -> serve(peer), "fake-smtp-conn");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Peer peer) {
        try (peer) {
            script.run(peer);
        } catch (Peer.ClientHungUp expected) {
            // the client decided to leave; the test checks what it decided
        } catch (Throwable t) {
            failures.add(t);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
