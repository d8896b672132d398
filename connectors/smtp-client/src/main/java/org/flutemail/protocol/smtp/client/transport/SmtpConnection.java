package org.flutemail.protocol.smtp.client.transport;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One TCP connection to an SMTP server, optionally switched to TLS. Commands are buffered until
 * {@link #flush()}, which is what makes PIPELINING a matter of flushing once for several commands.
 * Every read has a timeout; writes are bounded by the {@link WriteGuard}.
 */
public final class SmtpConnection implements Closeable {

    private final WriteGuard guard;
    private Socket socket;
    private ReplyReader reader;
    private OutputStream out;
    private boolean tls;

    private SmtpConnection(Socket socket, WriteGuard guard) throws IOException {
        this.guard = guard;
        attach(socket);
    }

    /** Opens a plain TCP connection. */
    public static SmtpConnection open(InetSocketAddress address, Duration connectTimeout, WriteGuard guard)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(address, timeoutMillis(connectTimeout));
            return new SmtpConnection(socket, guard);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Switches this connection to TLS: right after connecting (implicit TLS) or after a 220 to
     * STARTTLS. Fails if the server already sent more bytes, which would be read as if they came
     * through TLS.
     *
     * @param peerName        sent as SNI, and checked against the certificate when {@code verifyName}
     * @param verifyName      whether to check the certificate's name (the factory checks the chain)
     */
    public void startTls(SSLSocketFactory factory, String peerName, boolean verifyName, Duration handshakeTimeout)
            throws TlsFailureException {
        if (reader.hasBufferedInput()) {
            throw new TlsFailureException("server sent data before the TLS handshake", null);
        }
        try {
            SSLSocket ssl = (SSLSocket) factory.createSocket(socket, peerName, socket.getPort(), true);
            ssl.setUseClientMode(true);
            if (verifyName) {
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(parameters);
            }
            ssl.setSoTimeout(timeoutMillis(handshakeTimeout));
            ssl.startHandshake();
            attach(ssl);
            tls = true;
        } catch (IOException e) {
            throw new TlsFailureException("TLS handshake failed: " + e.getMessage(), e);
        }
    }

    public boolean isTls() {
        return tls;
    }

    /** Buffers one command line; CRLF is added here. */
    public void write(String commandLine) throws IOException {
        out.write(commandLine.getBytes(StandardCharsets.UTF_8));
        out.write('\r');
        out.write('\n');
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** Waits at most {@code timeout} for the next reply (for each read from the socket). */
    public RawReply readReply(Duration timeout) throws IOException {
        socket.setSoTimeout(timeoutMillis(timeout));
        return reader.read();
    }

    /** A stream for message content; closing it only flushes. */
    public DotStuffingOutputStream contentStream() {
        return new DotStuffingOutputStream(out);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do with a connection we are leaving
        }
    }

    private void attach(Socket newSocket) throws IOException {
        this.socket = newSocket;
        this.reader = new ReplyReader(newSocket.getInputStream());
        this.out = new BufferedOutputStream(new GuardedOutputStream(newSocket.getOutputStream(), guard, this::close), 16384);
    }

    private static int timeoutMillis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    }
}
