package org.flutemail.protocol.smtp.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A well-behaved fake server whose answers each test can bend: extensions, greeting, replies to
 * MAIL, each RCPT, DATA and the final dot, STARTTLS with a given certificate, AUTH with given
 * credentials.
 */
final class SmtpBehaviour implements ScriptedSmtpServer.Script {

    private String greeting = "220 fake.test ESMTP ready";
    private List<String> extensions = List.of("PIPELINING", "8BITMIME", "ENHANCEDSTATUSCODES");
    private String mailReply = "250 2.1.0 Sender ok";
    private Function<String, String> rcptReply = address -> "250 2.1.5 Recipient ok";
    private String dataReply = "354 End data with <CR><LF>.<CR><LF>";
    private String endOfDataReply = "250 2.0.0 Ok: queued as 1234";
    private SSLContext tls;
    private String user;
    private String password;
    private int holdMailReplyForRcpts;

    static SmtpBehaviour standard() {
        return new SmtpBehaviour();
    }

    SmtpBehaviour extensions(String... values) {
        this.extensions = List.of(values);
        return this;
    }

    SmtpBehaviour greeting(String value) {
        this.greeting = value;
        return this;
    }

    SmtpBehaviour mailReply(String value) {
        this.mailReply = value;
        return this;
    }

    SmtpBehaviour rcptReply(Function<String, String> value) {
        this.rcptReply = value;
        return this;
    }

    SmtpBehaviour dataReply(String value) {
        this.dataReply = value;
        return this;
    }

    SmtpBehaviour endOfDataReply(String value) {
        this.endOfDataReply = value;
        return this;
    }

    /** Offers STARTTLS with this server context. */
    SmtpBehaviour startTls(SSLContext context) {
        this.tls = context;
        return this;
    }

    /** Offers AUTH PLAIN LOGIN and accepts only these credentials. */
    SmtpBehaviour auth(String expectedUser, String expectedPassword) {
        this.user = expectedUser;
        this.password = expectedPassword;
        return this;
    }

    /**
     * Answers MAIL only after reading this many further lines (the RCPTs): a client that waits for
     * the MAIL reply before sending RCPT then hangs and times out, so this proves pipelining.
     */
    SmtpBehaviour holdMailReplyUntilRcpts(int count) {
        this.holdMailReplyForRcpts = count;
        return this;
    }

    @Override
    public void run(Peer peer) throws Exception {
        peer.send(greeting);
        if (!greeting.startsWith("2")) {
            peer.awaitHangUp();
            return;
        }
        runAfterGreeting(peer);
    }

    /**
     * A server that greets and answers the first EHLO its own way, then behaves as {@code rest}: for
     * EHLO refusals and unusual extension lists.
     */
    static ScriptedSmtpServer.Script firstEhloAnswered(String greeting, SmtpBehaviour rest, String... ehloReply) {
        return peer -> {
            peer.send(greeting);
            peer.read();
            peer.send(ehloReply);
            rest.runAfterGreeting(peer);
        };
    }

    /** Serves commands on a connection whose greeting was already sent. */
    void runAfterGreeting(Peer peer) throws Exception {
        while (true) {
            String line = peer.read();
            String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> peer.send(ehloReply(peer));
                case "HELO", "RSET", "NOOP" -> peer.send("250 OK");
                case "STAR" -> {
                    peer.send("220 2.0.0 Ready to start TLS");
                    peer.startTls(tls);
                }
                case "AUTH" -> peer.send(authenticate(peer, line));
                case "MAIL" -> mail(peer);
                case "RCPT" -> peer.send(rcptReply.apply(between(line, '<', '>')));
                case "DATA" -> {
                    peer.send(dataReply);
                    if (dataReply.startsWith("354")) {
                        peer.readData();
                        peer.send(endOfDataReply);
                    }
                }
                case "QUIT" -> {
                    peer.send("221 2.0.0 Bye");
                    return;
                }
                default -> peer.send("500 5.5.1 Unknown command");
            }
        }
    }

    private void mail(Peer peer) throws Exception {
        List<String> replies = new ArrayList<>();
        replies.add(mailReply);
        for (int i = 0; i < holdMailReplyForRcpts; i++) {
            replies.add(rcptReply.apply(between(peer.read(), '<', '>')));
        }
        peer.send(replies.toArray(String[]::new));
    }

    private String[] ehloReply(Peer peer) {
        List<String> offered = new ArrayList<>(extensions);
        if (tls != null && !peer.isTls()) {
            offered.add("STARTTLS");
        }
        if (user != null) {
            offered.add("AUTH PLAIN LOGIN");
        }
        List<String> lines = new ArrayList<>();
        lines.add("fake.test greets you");
        lines.addAll(offered);
        String[] reply = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            reply[i] = "250" + (i == lines.size() - 1 ? " " : "-") + lines.get(i);
        }
        return reply;
    }

    private String authenticate(Peer peer, String line) throws Exception {
        String[] words = line.split(" ");
        String given;
        if (words[1].equalsIgnoreCase("PLAIN")) {
            given = decode(words[2]);
        } else {
            peer.send("334 VXNlcm5hbWU6");
            String name = decode(peer.read());
            peer.send("334 UGFzc3dvcmQ6");
            given = "\0" + name + "\0" + decode(peer.read());
        }
        return given.equals("\0" + user + "\0" + password) ? "235 2.7.0 Authentication successful"
                : "535 5.7.8 Authentication credentials invalid";
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static String between(String line, char open, char close) {
        int start = line.indexOf(open);
        int end = line.indexOf(close, start + 1);
        return start < 0 || end < 0 ? "" : line.substring(start + 1, end);
    }
}
