package org.flutemail.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The far end of outbound delivery in tests: a small SMTP server on loopback whose reply to each
 * RCPT a test chooses (default 250), recording every message it accepts. It speaks just enough
 * ESMTP (PIPELINING, 8BITMIME, SIZE) for a real client to deliver to it.
 */
public final class FakeSmtpPeer implements AutoCloseable {

    /** A message the peer accepted: the envelope and the content without the final dot. */
    public record Received(String sender, List<String> recipients, String content) {
    }

    private final ServerSocket server;
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> attemptedRecipients = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public FakeSmtpPeer(int port) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "fake-smtp-peer-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Replies {@code reply} (e.g. "550 5.1.1 no such user") to RCPT for {@code address}. */
    public void answerRcpt(String address, String reply) {
        rcptReplies.put(address.toLowerCase(Locale.ROOT), reply);
    }

    public void acceptRcpt(String address) {
        rcptReplies.remove(address.toLowerCase(Locale.ROOT));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Every RCPT address the peer has been offered, accepted or not, in order. */
    public List<String> attemptedRecipients() {
        return List.copyOf(attemptedRecipients);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> serve(socket), "fake-smtp-peer-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(60_000);
            write(out, "220 peer.test ESMTP fake");
            String sender = null;
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = readLine(in)) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    write(out, "250-peer.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 100000000");
                } else if (upper.startsWith("HELO")) {
                    write(out, "250 peer.test");
                } else if (upper.startsWith("MAIL FROM:")) {
                    sender = path(line.substring(10));
                    recipients = new ArrayList<>();
                    write(out, "250 2.1.0 ok");
                } else if (upper.startsWith("RCPT TO:")) {
                    String rcpt = path(line.substring(8));
                    attemptedRecipients.add(rcpt);
                    String reply = rcptReplies.getOrDefault(rcpt.toLowerCase(Locale.ROOT), "250 2.1.5 ok");
                    if (reply.startsWith("2")) {
                        recipients.add(rcpt);
                    }
                    write(out, reply);
                } else if (upper.equals("DATA")) {
                    if (recipients.isEmpty()) {
                        write(out, "554 5.5.1 no valid recipients");
                        continue;
                    }
                    write(out, "354 go ahead");
                    received.add(new Received(sender, List.copyOf(recipients), readData(in)));
                    write(out, "250 2.0.0 queued");
                } else if (upper.equals("RSET") || upper.equals("NOOP")) {
                    write(out, "250 2.0.0 ok");
                } else if (upper.equals("QUIT")) {
                    write(out, "221 2.0.0 bye");
                    return;
                } else {
                    write(out, "502 5.5.2 not implemented here");
                }
            }
        } catch (SocketException e) {
            // The client went away; nothing to record.
        } catch (IOException e) {
            // Same: a test peer does not report its clients' manners.
        }
    }

    private static String path(String argument) {
        String a = argument.trim();
        int open = a.indexOf('<');
        int close = a.indexOf('>');
        return open >= 0 && close > open ? a.substring(open + 1, close) : a.split(" ")[0];
    }

    private static String readData(InputStream in) throws IOException {
        StringBuilder content = new StringBuilder();
        String line;
        while ((line = readLine(in)) != null && !line.equals(".")) {
            content.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return content.toString();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return null;
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
