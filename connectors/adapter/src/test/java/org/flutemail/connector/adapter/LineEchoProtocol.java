package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

/**
 * A line protocol for connection tests: every line is answered {@code echo <line>}; {@code TLS} starts
 * TLS, {@code COMPRESS} starts DEFLATE, {@code QUIT} ends. A tick answers {@code * tick}; the last
 * conversation's wake-up is kept for the test to call.
 */
final class LineEchoProtocol implements PortProtocol {

    private final boolean implicitTls;
    private final Supplier<Optional<SSLContext>> tls;
    private final Duration idleTimeout;
    private final Duration tickInterval;
    final CountDownLatch closed = new CountDownLatch(1);
    volatile Runnable lastWakeUp;

    LineEchoProtocol(boolean implicitTls, Supplier<Optional<SSLContext>> tls, Duration idleTimeout,
            Duration tickInterval) {
        this.implicitTls = implicitTls;
        this.tls = tls;
        this.idleTimeout = idleTimeout;
        this.tickInterval = tickInterval;
    }

    @Override
    public String name() {
        return "ECHO";
    }

    @Override
    public String serverName() {
        return "echo.test";
    }

    @Override
    public boolean implicitTls() {
        return implicitTls;
    }

    @Override
    public Supplier<Optional<SSLContext>> tls() {
        return tls;
    }

    @Override
    public Duration idleTimeout() {
        return idleTimeout;
    }

    @Override
    public Duration handshakeTimeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Conversation open(String clientAddress, boolean tlsAvailable) {
        return new EchoConversation();
    }

    @Override
    public String tooManyConnections() {
        return "* too many\r\n";
    }

    @Override
    public String busy() {
        return "* busy\r\n";
    }

    private final class EchoConversation implements Conversation {

        private final StringBuilder line = new StringBuilder();
        private boolean closing;
        private boolean compress;

        @Override
        public void greet(OutputStream out) throws IOException {
            write(out, "* hello");
        }

        @Override
        public boolean receive(byte[] bytes, int offset, int length, OutputStream out) throws IOException {
            boolean startTls = false;
            for (int i = offset; i < offset + length; i++) {
                char c = (char) bytes[i];
                if (c != '\n') {
                    line.append(c);
                    continue;
                }
                String command = line.toString().strip();
                line.setLength(0);
                write(out, "echo " + command);
                startTls |= command.equals("TLS");
                compress |= command.equals("COMPRESS");
                closing |= command.equals("QUIT");
            }
            return startTls;
        }

        @Override
        public void tlsEstablished(String description) {
        }

        @Override
        public Duration tickInterval() {
            return tickInterval;
        }

        @Override
        public void wakeUpWith(Runnable wakeUp) {
            lastWakeUp = wakeUp;
        }

        @Override
        public void tick(OutputStream out) throws IOException {
            write(out, "* tick");
        }

        @Override
        public boolean takeCompressionRequest() {
            boolean requested = compress;
            compress = false;
            return requested;
        }

        @Override
        public void idleTimeout(OutputStream out) throws IOException {
            write(out, "* idle");
        }

        @Override
        public boolean isClosing() {
            return closing;
        }

        @Override
        public String summary() {
            return "echo";
        }

        @Override
        public void close() {
            closed.countDown();
        }

        private void write(OutputStream out, String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
    }
}
