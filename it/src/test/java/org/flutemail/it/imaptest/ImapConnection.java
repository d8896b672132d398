package org.flutemail.it.imaptest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import org.flutemail.it.support.TrustAllTls;

/**
 * A raw IMAP client socket: connects, greets, switches to TLS (STARTTLS or from the first byte),
 * reads whole responses with their literals and writes bytes as given. Every read has a deadline,
 * so a silent server ends in {@link SocketTimeoutException}, never in a stuck build.
 */
final class ImapConnection implements Closeable {

    private static final Pattern LITERAL_AT_END = Pattern.compile("(?:^|[ (])~?\\{(\\d{1,9})\\+?\\}\\r?\\n$");
    private static final int MAX_LINE = 1 << 20;
    private static final int MAX_LITERAL = 64 << 20;

    private final ImaptestTarget target;
    private final String tagPrefix;
    private final Trace trace;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int tagCounter;
    private List<String> capabilities = List.of();

    private ImapConnection(ImaptestTarget target, int number, Trace trace) {
        this.target = target;
        this.tagPrefix = Integer.toString(number);
        this.trace = trace;
    }

    static ImapConnection open(ImaptestTarget target, int number) throws IOException {
        return open(target, number, Trace.none());
    }

    static ImapConnection open(ImaptestTarget target, int number, Trace trace) throws IOException {
        ImapConnection connection = new ImapConnection(target, number, trace);
        try {
            connection.connect();
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(target.host(), target.port()), (int) target.readTimeout().toMillis());
        if (target.tls() == ImaptestTarget.Tls.IMPLICIT) {
            socket = startTls(socket);
        }
        streams();
        ServerResponse greeting = read();
        if (greeting.kind() != ServerResponse.Kind.UNTAGGED || !greeting.first().equalsIgnoreCase("OK")) {
            throw new IOException("unexpected greeting: " + greeting.line());
        }
        if (target.tls() == ImaptestTarget.Tls.STARTTLS) {
            ServerResponse reply = command("STARTTLS", new ArrayList<>());
            if (!reply.first().equalsIgnoreCase("OK")) {
                throw new IOException("STARTTLS refused: " + reply.line());
            }
            socket = startTls(socket);
            streams();
        }
        refreshCapabilities();
    }

    private Socket startTls(Socket plain) throws IOException {
        SSLSocket tls = (SSLSocket) TrustAllTls.socketFactory().createSocket(plain, target.host(), target.port(), true);
        tls.setSoTimeout((int) target.readTimeout().toMillis());
        tls.startHandshake();
        return tls;
    }

    private void streams() throws IOException {
        socket.setSoTimeout((int) target.readTimeout().toMillis());
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Asks for CAPABILITY again (after STARTTLS or LOGIN the list may change). */
    List<String> refreshCapabilities() throws IOException {
        List<ServerResponse> untagged = new ArrayList<>();
        ServerResponse reply = command("CAPABILITY", untagged);
        if (!reply.first().equalsIgnoreCase("OK")) {
            throw new IOException("CAPABILITY failed: " + reply.line());
        }
        for (ServerResponse response : untagged) {
            if (response.first().equalsIgnoreCase("CAPABILITY")) {
                capabilities = response.args().stream().skip(1).map(ImapArg::astring).toList();
            }
        }
        return capabilities;
    }

    List<String> capabilities() {
        return capabilities;
    }

    boolean hasCapability(String name) {
        return capabilities.stream().anyMatch(name::equalsIgnoreCase);
    }

    String nextTag() {
        return tagPrefix + "." + (++tagCounter);
    }

    /** Sends a command without literals and collects its untagged responses until its tagged one. */
    ServerResponse command(String text, List<ServerResponse> untagged) throws IOException {
        String tag = nextTag();
        write(tag + " " + text + "\r\n");
        while (true) {
            ServerResponse response = read();
            if (response.kind() == ServerResponse.Kind.TAGGED && response.tag().equals(tag)) {
                return response;
            }
            untagged.add(response);
        }
    }

    void write(String latin1) throws IOException {
        trace.record("C" + tagPrefix + ">", latin1);
        out.write(latin1.getBytes(ISO_8859_1));
        out.flush();
    }

    /** The next whole response; its literals are read in, however many lines they span. */
    ServerResponse read() throws IOException {
        long deadline = System.nanoTime() + target.readTimeout().toNanos();
        StringBuilder response = new StringBuilder();
        while (true) {
            String line = readLine(deadline);
            response.append(line);
            Matcher literal = LITERAL_AT_END.matcher(line);
            if (!literal.find()) {
                trace.record("S" + tagPrefix + "<", response.toString());
                return ServerResponse.parse(response.toString());
            }
            int size = Integer.parseInt(literal.group(1));
            if (size > MAX_LITERAL) {
                throw new IOException("literal of " + size + " octets is larger than this runner accepts");
            }
            response.append(new String(readExactly(size, deadline), ISO_8859_1));
        }
    }

    private String readLine(long deadline) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            checkDeadline(deadline);
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            line.write(b);
            if (b == '\n') {
                return line.toString(ISO_8859_1);
            }
            if (line.size() > MAX_LINE) {
                throw new IOException("response line longer than " + MAX_LINE + " octets");
            }
        }
    }

    private byte[] readExactly(int size, long deadline) throws IOException {
        byte[] data = new byte[size];
        int done = 0;
        while (done < size) {
            checkDeadline(deadline);
            int n = in.read(data, done, size - done);
            if (n < 0) {
                throw new EOFException("the server closed the connection inside a literal");
            }
            done += n;
        }
        return data;
    }

    private void checkDeadline(long deadline) throws SocketTimeoutException {
        if (System.nanoTime() > deadline) {
            throw new SocketTimeoutException("no complete response within " + target.readTimeout().toSeconds() + " s");
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing after the test: nothing left to do with the socket
            }
        }
    }

    @Override
    public String toString() {
        return "connection " + tagPrefix + " " + Arrays.toString(capabilities.toArray());
    }
}
