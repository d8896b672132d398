package org.flutemail.protocol.smtp.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** The server side of one fake connection: what the client sent, and a way to answer. */
final class Peer implements AutoCloseable {

    /** Thrown when the client closes the connection while the script expects more. */
    static final class ClientHungUp extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile byte[] data;
    private volatile boolean tls;

    Peer(Socket socket) throws IOException {
        attach(socket);
    }

    void send(String... lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads one command line (without CRLF) and records it. */
    String read() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new ClientHungUp();
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        commands.add(text);
        return text;
    }

    /** Reads DATA content up to and including CRLF.CRLF, exactly as sent (still dot-stuffed). */
    byte[] readData() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        long window = 0x0D0AL; // as if a line had just ended, so that an empty message ends at ".CRLF"
        int b;
        while ((b = in.read()) >= 0) {
            raw.write(b);
            window = ((window << 8) | b) & 0xFFFFFFFFFFL;
            if (window == 0x0D0A2E0D0AL) {
                data = raw.toByteArray();
                return data;
            }
        }
        throw new ClientHungUp();
    }

    /** Switches to TLS as the server, with the given context. */
    void startTls(SSLContext context) throws IOException {
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, null, socket.getPort(), true);
        ssl.setUseClientMode(false);
        ssl.startHandshake();
        attach(ssl);
        tls = true;
    }

    /** Waits until the client hangs up (or a second passes). */
    void awaitHangUp() throws IOException {
        socket.setSoTimeout(1000);
        try {
            while (in.read() >= 0) {
                // drain
            }
        } catch (IOException ignored) {
            // timeout or reset: either way we are done
        }
    }

    List<String> commands() {
        return commands;
    }

    byte[] data() {
        return data;
    }

    boolean isTls() {
        return tls;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
    }
}
