package org.flutemail.it.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain IMAP client on a raw socket over implicit TLS, for what imaplib cannot do: pipeline
 * thousands of commands, stop in the middle of a literal, or never read.
 */
public final class ImapConnection implements Closeable {

    private final Socket socket;
    private InputStream in;
    private OutputStream out;

    private ImapConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects to the IMAPS port and reads the greeting; {@code timeout} bounds every read. */
    public static ImapConnection open(FluteServer server, Duration timeout) throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(FluteServer.HOST, server.imapsPort()), (int) timeout.toMillis());
        Socket tls = TrustAllTls.socketFactory().createSocket(plain, FluteServer.HOST, server.imapsPort(), true);
        tls.setSoTimeout((int) timeout.toMillis());
        ImapConnection connection = new ImapConnection(tls);
        connection.readLine();
        return connection;
    }

    /** Switches both directions to raw DEFLATE, as after {@code OK} to {@code COMPRESS DEFLATE} (RFC 4978). */
    public void compress() {
        in = new java.util.zip.InflaterInputStream(in, new java.util.zip.Inflater(true));
        out = new java.util.zip.DeflaterOutputStream(out, new java.util.zip.Deflater(
                java.util.zip.Deflater.DEFAULT_COMPRESSION, true), true);
    }

    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads lines (literals included in the line that announced them) until the tagged reply for {@code tag}. */
    public List<String> readUntilTagged(String tag) throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line == null) {
                throw new IOException("connection closed before the reply to " + tag + "; read " + lines);
            }
            lines.add(line);
            if (line.startsWith(tag + " ")) {
                return lines;
            }
        }
    }

    /** One line without CRLF, or null at the end of the stream. */
    public String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            line.write(c);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
