package org.flutemail.it.support;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Several SMTP clients sending a fixed number of numbered messages to one recipient, each client
 * on its own connection, recording for every message what became of it. Used to crash the server
 * while mail is in flight and then check what it promised.
 */
public final class MailLoad {

    /** What became of one message, as the client saw it. */
    public enum Outcome {
        /** The server answered 250 to the final dot: it promised to deliver. */
        ACCEPTED,
        /** The server answered the final dot (or an earlier step) with an error. */
        REFUSED,
        /** The connection broke during the transaction: the server made no promise. */
        FAILED_IN_FLIGHT,
        /** Never handed to the server (no connection, or the load was stopped). */
        NOT_SENT
    }

    private final String host;
    private final int port;
    private final String recipient;
    private final int clients;
    private final List<String> messageIds;
    private final AtomicReferenceArray<Outcome> outcomes;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private ExecutorService executor;

    public MailLoad(FluteServer server, String recipient, int clients, int messages) {
        this.host = FluteServer.HOST;
        this.port = server.smtpPort();
        this.recipient = recipient;
        this.clients = clients;
        this.messageIds = IntStream.range(0, messages).mapToObj(i -> TestMessages.newMessageId()).toList();
        this.outcomes = new AtomicReferenceArray<>(messages);
        for (int i = 0; i < messages; i++) {
            outcomes.set(i, Outcome.NOT_SENT);
        }
    }

    public void start() {
        executor = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            executor.submit(this::client);
        }
    }

    /** Waits until at least {@code count} messages got their 250. */
    public void awaitAccepted(int count, Duration timeout) {
        Eventually.await(count + " messages accepted", timeout,
                () -> accepted.get() >= count ? Optional.of(true) : Optional.empty(),
                this::summary);
    }

    /** Lets the clients finish the message they are on (against a dead server: fail) and stop. */
    public void stopAndAwait(Duration timeout) throws InterruptedException {
        stopped.set(true);
        executor.shutdown();
        if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            executor.shutdownNow();
            throw new AssertionError("the SMTP clients did not stop within " + timeout.toSeconds() + " s");
        }
    }

    public List<String> messageIds(Outcome outcome) {
        return IntStream.range(0, messageIds.size()).filter(i -> outcomes.get(i) == outcome)
                .mapToObj(messageIds::get).toList();
    }

    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        for (int i = 0; i < outcomes.length(); i++) {
            counts.merge(outcomes.get(i), 1, Integer::sum);
        }
        return counts;
    }

    /** A few of the errors the clients saw (for the test's output). */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems.subList(0, Math.min(problems.size(), 10)));
        }
    }

    public String summary() {
        return counts().toString();
    }

    private void client() {
        SmtpConnection connection = null;
        try {
            int index;
            while (!stopped.get() && (index = next.getAndIncrement()) < messageIds.size()) {
                if (connection == null) {
                    try {
                        connection = SmtpConnection.openSession(host, port, Duration.ofSeconds(30));
                    } catch (IOException | SmtpConnection.Refused e) {
                        problems.add("connect: " + e);
                        continue;
                    }
                }
                try {
                    SmtpConnection.Reply reply = connection.send(TestMessages.SENDER, List.of(recipient),
                            message(index));
                    if (reply.code() == 250) {
                        outcomes.set(index, Outcome.ACCEPTED);
                        accepted.incrementAndGet();
                    } else {
                        outcomes.set(index, Outcome.REFUSED);
                        problems.add("final reply: " + reply);
                        connection.command("RSET");
                    }
                } catch (SmtpConnection.Refused e) {
                    outcomes.set(index, Outcome.REFUSED);
                    problems.add(e.getMessage());
                    connection = closeQuietly(connection);
                } catch (IOException e) {
                    outcomes.set(index, e instanceof ConnectException ? Outcome.NOT_SENT : Outcome.FAILED_IN_FLIGHT);
                    problems.add("in flight: " + e);
                    connection = closeQuietly(connection);
                }
            }
        } finally {
            closeQuietly(connection);
        }
    }

    private byte[] message(int index) {
        String text = "From: Load Client <" + TestMessages.SENDER + ">\r\n"
                + "To: " + recipient + "\r\n"
                + "Subject: crash test message " + index + "\r\n"
                + "Date: " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME) + "\r\n"
                + "Message-ID: " + messageIds.get(index) + "\r\n"
                + "\r\n"
                + ("Message " + index + " sent at " + Instant.now() + ".\r\n").repeat(40);
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static SmtpConnection closeQuietly(SmtpConnection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // nothing to do about a broken connection
            }
        }
        return null;
    }
}
