package org.flutemail.connector.adapter;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import jakarta.resource.spi.work.Work;

import org.flutemail.connector.adapter.tls.TlsSockets;

/**
 * One client connection. It holds a WorkManager thread only while the client is talking: a turn reads
 * with blocking reads, hands every chunk to the protocol's {@link Conversation} and writes its answers,
 * and when a read would have to wait (nothing in the kernel, the TLS layer or the decompressor) the
 * connection is parked with its port's {@link PortLoop} and the thread goes back to the pool. The loop
 * starts a new turn when the client sends something, when the conversation asks to be woken (IMAP IDLE
 * news, see {@link Conversation#wakeUpWith}), when its safety tick is due, or when the idle timeout
 * passed. Buffers live only as long as a turn, so a parked connection costs little heap.
 *
 * <p>States: {@code RUNNING} (a turn runs, or is scheduled), {@code PARKING} (handed to the loop, not
 * yet registered), {@code PARKED} (registered for readability), {@code ENDED}. Only the loop moves a
 * connection out of {@code PARKED} into {@code RUNNING}; {@link #release()} ends a parked one on the
 * caller's thread and makes a running one fail its next read or write.
 *
 * <p>A blocking write has no timeout in {@code java.net}, so a client that stops reading could hold a
 * thread; {@link #isStuckWriting} lets the loop find such connections and release them. A TLS handshake
 * counts as writing for that purpose, and its reads have their own, shorter timeout.
 */
final class ConnectionWork {

    enum State { RUNNING, PARKING, PARKED, ENDED }

    private static final Logger LOG = Logger.getLogger(ConnectionWork.class.getName());
    private static final int READ_BUFFER = 16 * 1024;
    private static final int WRITE_BUFFER = 16 * 1024;

    private final Socket socket;
    private final SocketChannel channel;
    private final PortProtocol protocol;
    private final PortLoop loop;
    private final Consumer<ConnectionWork> onEnd;
    private final String client;
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private final AtomicBoolean wakeUpAsked = new AtomicBoolean();
    private volatile long writingSince;
    private volatile long lastHeard = System.nanoTime();
    private volatile long lastTick = lastHeard;
    /** Set by the loop before it resumes the connection; read by the turn it schedules. */
    private volatile boolean readable;
    private volatile boolean timedOut;
    /** The conversation's safety tick, 0 for none; read by the loop's sweep. */
    private volatile long tickNanos;
    private Optional<SSLContext> tls;
    private Conversation conversation;
    private Socket transport;
    private ClientInput input;
    private Deflater deflater;
    private Inflater inflater;

    ConnectionWork(Socket socket, PortProtocol protocol, PortLoop loop, Consumer<ConnectionWork> onEnd) {
        this.socket = socket;
        this.channel = socket.getChannel();
        this.protocol = protocol;
        this.loop = loop;
        this.onEnd = onEnd;
        this.transport = socket;
        this.client = socket.getInetAddress().getHostAddress();
    }

    /** The client's address, as the session sees it. */
    String client() {
        return client;
    }

    /** A Work for the next turn; each turn is its own, so the WorkManager never sees one Work twice. */
    Turn nextTurn() {
        return new Turn();
    }

    SocketChannel channel() {
        return channel;
    }

    State state() {
        return state.get();
    }

    boolean moveState(State from, State to) {
        return state.compareAndSet(from, to);
    }

    boolean wakeUpAsked() {
        return wakeUpAsked.get();
    }

    /** Asked by the conversation, from any thread: run a tick soon, even if the connection is parked. */
    void wakeUp() {
        wakeUpAsked.set(true);
        if (state.get() == State.PARKED) {
            loop.resume(this);
        }
    }

    /** Called by the loop's sweep on a parked connection: what it is due for, if anything. */
    boolean dueForResumption(long nowNanos) {
        if (nowNanos - lastHeard >= protocol.idleTimeout().toNanos()) {
            timedOut = true;
            return true;
        }
        if (tickNanos > 0 && nowNanos - lastTick >= tickNanos) {
            wakeUpAsked.set(true);
            return true;
        }
        return false;
    }

    void markReadable() {
        readable = true;
    }

    private void runTurn() {
        String outcome;
        try {
            if (conversation == null) {
                outcome = open();
                if (outcome == null) {
                    outcome = serve();
                }
            } else {
                outcome = serve();
            }
        } catch (IOException e) {
            outcome = "i/o error: " + e.getMessage();
        } catch (RuntimeException e) {
            outcome = "internal error";
            LOG.log(Level.WARNING, protocol.name() + " session from " + client + " failed", e);
        }
        if (outcome != null && state.getAndSet(State.ENDED) != State.ENDED) {
            end(outcome);
        }
    }

    /** Starts the session: implicit TLS, the greeting. Returns why the connection ends, or null. */
    private String open() throws IOException {
        tls = protocol.tls().get();
        conversation = protocol.open(client, tls.isPresent());
        conversation.wakeUpWith(this::wakeUp);
        tickNanos = conversation.tickInterval() == null ? 0 : conversation.tickInterval().toNanos();
        socket.setSoTimeout((int) protocol.idleTimeout().toMillis());
        socket.setTcpNoDelay(true);
        if (protocol.implicitTls()) {
            if (tls.isEmpty()) {
                return "no TLS certificate loaded";
            }
            String failure = startTls(tls.get());
            if (failure != null) {
                return failure;
            }
        }
        input = ClientInput.of(transport, socket);
        OutputStream out = output();
        conversation.greet(out);
        out.flush();
        return null;
    }

    /** Serves the client until a read would wait (then parks and returns null) or the session ends. */
    private String serve() throws IOException {
        if (!channel.isBlocking()) {
            channel.configureBlocking(true);
        }
        OutputStream out = output();
        if (timedOut) {
            conversation.idleTimeout(out);
            out.flush();
            return "idle timeout";
        }
        boolean mustRead = readable;
        readable = false;
        byte[] buffer = null;
        while (!conversation.isClosing()) {
            if (wakeUpAsked.getAndSet(false)) {
                lastTick = System.nanoTime();
                conversation.tick(out);
                out.flush();
                continue;
            }
            if (!mustRead && !input.hasBuffered()) {
                park();
                return null;
            }
            mustRead = false;
            if (buffer == null) {
                buffer = new byte[READ_BUFFER];
            }
            int read;
            try {
                read = input.read(buffer);
            } catch (SocketTimeoutException e) {
                conversation.idleTimeout(out);
                out.flush();
                return "idle timeout";
            }
            lastHeard = System.nanoTime();
            if (read < 0) {
                return "closed by client";
            }
            boolean startTls = conversation.receive(buffer, 0, read, out);
            out.flush();
            if (startTls) {
                String failure = startTls(tls.orElseThrow());
                if (failure != null) {
                    return failure;
                }
                input = ClientInput.of(transport, socket);
                out = output();
            }
            if (conversation.takeCompressionRequest()) {
                // RFC 4978: raw DEFLATE both ways from here on; each flush ends a block the client can read.
                inflater = new Inflater(true);
                input = new InflatingInput(input, inflater);
                deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
                out = output();
            }
        }
        return "closed by server";
    }

    /**
     * Hands the connection to the loop. Non-blocking mode is set here, before the loop registers the
     * channel; the loop deregisters it again before a turn sets blocking mode back.
     */
    private void park() throws IOException {
        channel.configureBlocking(false);
        state.set(State.PARKING);
        loop.park(this);
    }

    /** Runs the handshake over the plain socket; returns why it failed, or null. */
    private String startTls(SSLContext context) {
        writingSince = System.nanoTime();
        try {
            SSLSocket secured = TlsSockets.handshake(context, socket, (int) protocol.handshakeTimeout().toMillis());
            transport = secured;
            secured.setSoTimeout((int) protocol.idleTimeout().toMillis());
            conversation.tlsEstablished(TlsSockets.describe(secured));
            return null;
        } catch (SocketTimeoutException e) {
            return "TLS handshake timeout";
        } catch (IOException e) {
            return "TLS handshake failed: " + e.getMessage();
        } finally {
            writingSince = 0;
        }
    }

    /** The responses of one turn: buffered (pipelined answers go out in one segment), watched, maybe deflated. */
    private OutputStream output() throws IOException {
        OutputStream watched = new BufferedOutputStream(watched(transport.getOutputStream()), WRITE_BUFFER);
        return deflater == null ? watched : new DeflaterOutputStream(watched, deflater, 512, true);
    }

    /** Marks every write to the socket, so the loop's sweep sees a client that stopped reading. */
    private OutputStream watched(OutputStream socketOut) {
        return new FilterOutputStream(socketOut) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                writingSince = System.nanoTime();
                try {
                    out.write(bytes, offset, length);
                } finally {
                    writingSince = 0;
                }
            }

            @Override
            public void flush() throws IOException {
                writingSince = System.nanoTime();
                try {
                    out.flush();
                } finally {
                    writingSince = 0;
                }
            }
        };
    }

    boolean isStuckWriting(long nowNanos) {
        long since = writingSince;
        return since != 0 && nowNanos - since > protocol.idleTimeout().toNanos();
    }

    /**
     * Ends the session now (asked by the WorkManager on shutdown, or by the port): a parked connection
     * ends here, a running one when its read or write fails on the closed socket.
     */
    void release() {
        closeQuietly(socket);
        if (state.compareAndSet(State.PARKED, State.ENDED) || state.compareAndSet(State.PARKING, State.ENDED)) {
            end("released");
        }
    }

    /** The loop found a parked connection's channel closed or unusable. */
    void endParked(String outcome) {
        if (state.compareAndSet(State.PARKED, State.ENDED) || state.compareAndSet(State.PARKING, State.ENDED)) {
            end(outcome);
        }
    }

    /** Runs once per connection, after it reached {@code ENDED}. */
    private void end(String outcome) {
        try {
            if (conversation != null) {
                conversation.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, protocol.name() + " session from " + client + " failed to close", e);
        } finally {
            closeQuietly(transport);
            closeQuietly(socket);
            if (deflater != null) {
                deflater.end();
            }
            if (inflater != null) {
                inflater.end();
            }
            onEnd.accept(this);
        }
        String summary = conversation == null ? "" : ": " + conversation.summary();
        LOG.info(protocol.name() + " session from " + client + " ended (" + outcome + ")" + summary);
    }

    private static void closeQuietly(Socket closing) {
        try {
            closing.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a connection", e);
        }
    }

    /** One turn of this connection on a WorkManager thread. */
    final class Turn implements Work {

        private final AtomicBoolean rejected = new AtomicBoolean();
        private volatile boolean running;

        ConnectionWork connection() {
            return ConnectionWork.this;
        }

        /** True the first time only: a rejection may be both thrown and reported to the listener. */
        boolean markRejected() {
            return rejected.compareAndSet(false, true);
        }

        boolean isFirst() {
            return conversation == null;
        }

        @Override
        public void run() {
            running = true;
            try {
                runTurn();
            } finally {
                running = false;
            }
        }

        /**
         * The container's WorkManager calls this after every run too, when the turn has parked its
         * connection: only a turn still running (the server shuts down) ends the connection.
         */
        @Override
        public void release() {
            if (running) {
                ConnectionWork.this.release();
            }
        }
    }
}
