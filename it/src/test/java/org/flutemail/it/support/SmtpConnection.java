package org.flutemail.it.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLSocket;

/**
 * A plain SMTP client on a raw socket, for what the ready-made clients cannot do: send bad
 * input, stay silent, or tell exactly which message got its 250 before a crash.
 */
public final class SmtpConnection implements Closeable {

    private static final int MAX_REPLY_LINE = 4096;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private SmtpConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects; {@code timeout} bounds the connect and every read. */
    public static SmtpConnection open(String host, int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            return new SmtpConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Connects, reads the greeting and says EHLO; fails unless both are positive. */
    public static SmtpConnection openSession(String host, int port, Duration timeout) throws IOException {
        SmtpConnection connection = open(host, port, timeout);
        try {
            connection.greeting().require(220);
            connection.command("EHLO client.example").require(250);
            return connection;
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Connects with implicit TLS (RFC 8314), trusting the server's self-signed certificate, and
     * completes the handshake; the greeting is still to be read.
     */
    public static SmtpConnection openTls(String host, int port, Duration timeout) throws IOException {
        SmtpConnection plain = open(host, port, timeout);
        try {
            return new SmtpConnection(handshake(plain.socket, host, port, timeout));
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /**
     * STARTTLS (RFC 3207): requires 220, then completes the TLS handshake (trusting the server's
     * self-signed certificate) and returns the connection over TLS, which must be used from then on.
     * The client must say EHLO again.
     */
    public SmtpConnection startTls() throws IOException {
        command("STARTTLS").require(220);
        String host = socket.getInetAddress().getHostAddress();
        return new SmtpConnection(handshake(socket, host, socket.getPort(),
                Duration.ofMillis(socket.getSoTimeout())));
    }

    /** AUTH PLAIN (RFC 4616) with the initial response; returns the reply (235 on success). */
    public Reply authPlain(String user, String password) throws IOException {
        String response = "\0" + user + "\0" + password;
        return command("AUTH PLAIN " + Base64.getEncoder().encodeToString(response.getBytes(StandardCharsets.UTF_8)));
    }

    /** One BDAT chunk (RFC 3030): the command and exactly these octets, not dot-stuffed; returns the reply. */
    public Reply bdat(byte[] chunk, boolean last) throws IOException {
        String command = "BDAT " + chunk.length + (last ? " LAST" : "") + "\r\n";
        out.write(command.getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.flush();
        return readReply();
    }

    private static SSLSocket handshake(Socket plain, String host, int port, Duration timeout) throws IOException {
        SSLSocket tls = (SSLSocket) TrustAllTls.socketFactory().createSocket(plain, host, port, true);
        tls.setSoTimeout((int) timeout.toMillis());
        tls.startHandshake();
        return tls;
    }

    public Reply greeting() throws IOException {
        return readReply();
    }

    public Reply command(String line) throws IOException {
        write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        return readReply();
    }

    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /**
     * One mail transaction: MAIL, RCPT for each recipient, DATA, the dot-stuffed message and the
     * final dot. Returns the reply to the final dot; a refusal earlier throws {@link Refused}.
     */
    public Reply send(String from, List<String> recipients, byte[] message) throws IOException {
        command("MAIL FROM:<" + from + ">").require(250);
        for (String recipient : recipients) {
            command("RCPT TO:<" + recipient + ">").require(250, 251);
        }
        command("DATA").require(354);
        write(dotStuffed(message));
        write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        return readReply();
    }

    /** Reads one (possibly multi-line) reply; EOF before a complete reply is an {@link EOFException}. */
    public Reply readReply() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)) {
                throw new IOException("not an SMTP reply line: " + line);
            }
            lines.add(line);
            if (line.length() == 3 || line.charAt(3) == ' ') {
                return new Reply(Integer.parseInt(line.substring(0, 3)), lines);
            }
        }
    }

    /** True if the server has closed the connection (reads until EOF or the timeout). */
    public boolean isClosedByServer() {
        try {
            byte[] buffer = new byte[1024];
            while (true) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server"
                        + (line.size() > 0 ? " after " + line : ""));
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_REPLY_LINE) {
                throw new IOException("reply line longer than " + MAX_REPLY_LINE + " bytes");
            }
            line.write(b);
        }
    }

    /** Doubles a leading dot on every line (RFC 5321 4.5.2); the message must end with CRLF. */
    public static byte[] dotStuffed(byte[] message) {
        ByteArrayOutputStream stuffed = new ByteArrayOutputStream(message.length + 64);
        boolean atLineStart = true;
        for (byte b : message) {
            if (atLineStart && b == '.') {
                stuffed.write('.');
            }
            stuffed.write(b);
            atLineStart = b == '\n';
        }
        if (!atLineStart) {
            throw new IllegalArgumentException("the message must end with CRLF");
        }
        return stuffed.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** An SMTP reply: its code and its lines as received. */
    public record Reply(int code, List<String> lines) {

        public boolean isPositive() {
            return code >= 200 && code < 400;
        }

        /** The text after the code of the last line, e.g. "2.0.0 Ok: queued as 17". */
        public String text() {
            String last = lines.get(lines.size() - 1);
            return last.length() > 4 ? last.substring(4) : "";
        }

        public Reply require(int... codes) {
            for (int code : codes) {
                if (this.code == code) {
                    return this;
                }
            }
            throw new Refused(this);
        }

        @Override
        public String toString() {
            return String.join(" / ", lines);
        }
    }

    /** The server refused a step of a mail transaction. */
    public static final class Refused extends RuntimeException {
        private final Reply reply;

        Refused(Reply reply) {
            super("unexpected reply: " + reply);
            this.reply = reply;
        }

        public Reply reply() {
            return reply;
        }
    }
}
