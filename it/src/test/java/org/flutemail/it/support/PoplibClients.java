package org.flutemail.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Several POP3 clients (Python's poplib) held open at once, driven step by step from the test: for
 * sessions that overlap (the maildrop lock) or outlive something (a server killed in the middle). One
 * Python process ({@code src/test/resources/pop3_clients.py}) serves all the clients of one instance;
 * each step waits for its answer, and poplib's own socket timeout (60 s) bounds every wait.
 */
public final class PoplibClients implements AutoCloseable {

    private final Process process;
    private final Writer requests;
    private final BufferedReader answers;

    private PoplibClients(Process process) {
        this.process = process;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static PoplibClients start() {
        Path script = Paths.get(System.getProperty("flute.it.resources", "src/test/resources"), "pop3_clients.py");
        try {
            return new PoplibClients(new ProcessBuilder(List.of("python3", script.toString()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        }
    }

    /** Client {@code name} connects to {@code port}; {@code security} is "tls" (POP3S), "stls" or "none". */
    public Client connect(String name, int port, String security) {
        Client client = new Client(name);
        Reply greeting = client.step(request(name, "connect").put("host", FluteServer.HOST).put("port", port)
                .put("security", security));
        if (!greeting.ok()) {
            throw new AssertionError("client " + name + " could not connect: " + greeting);
        }
        return client;
    }

    /** What the server answered to one step. */
    public record Reply(String text, boolean closed) {
        public boolean ok() {
            return text.startsWith("+OK");
        }

        @Override
        public String toString() {
            return closed ? "(connection closed by the server)" : text;
        }
    }

    /** One poplib client. */
    public final class Client {
        private final String name;

        private Client(String name) {
            this.name = name;
        }

        /** USER and PASS. */
        public Reply login(String user, String password) {
            return step(request(name, "login").put("user", user).put("password", password));
        }

        /** AUTH PLAIN with the credentials as the initial response (RFC 5034). */
        public Reply authPlain(String user, String password) {
            return step(request(name, "auth_plain").put("user", user).put("password", password));
        }

        public Reply command(String line) {
            return step(request(name, "command").put("line", line));
        }

        public Reply quit() {
            return step(request(name, "quit"));
        }

        /** Closes the connection without QUIT, as a client that crashes or loses its network would. */
        public void drop() {
            step(request(name, "drop"));
        }

        /** Waits for a line the server sends on its own (the autologout), or for it to close the connection. */
        public Reply awaitLine() {
            return step(request(name, "await_line"));
        }

        private Reply step(ObjectNode request) {
            JsonNode answer = exchange(request);
            if (answer.has("failure") && !answer.path("closed").asBoolean()) {
                throw new AssertionError("poplib client " + name + " failed at " + request + ": "
                        + answer.get("failure").asText());
            }
            return new Reply(answer.path("reply").asText(""), answer.path("closed").asBoolean());
        }
    }

    private static ObjectNode request(String client, String op) {
        return ApiResponse.JSON.createObjectNode().put("client", client).put("op", op);
    }

    private synchronized JsonNode exchange(ObjectNode request) {
        try {
            requests.write(request.toString() + "\n");
            requests.flush();
            String line = answers.readLine();
            if (line == null) {
                throw new AssertionError("pop3_clients.py ended (exit " + exitCode() + ") before answering " + request);
            }
            return ApiResponse.JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("talking to pop3_clients.py", e);
        }
    }

    private String exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            requests.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
