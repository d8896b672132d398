package org.flutemail.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads and organises mail as an IMAP client does, with Python's imaplib
 * ({@code src/test/resources/imap_session.py}) in a child process: a script of steps on one or more
 * named sessions, run in order, and what each step answered.
 */
public final class PythonImap {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String security;
    private final ObjectNode sessions = JSON.createObjectNode();
    private final ArrayNode steps = JSON.createArrayNode();

    private PythonImap(int port, String security) {
        this.port = port;
        this.security = security;
    }

    /** The cleartext port, with STARTTLS before the login. */
    public static PythonImap withStartTls(FluteServer server) {
        return new PythonImap(server.imapPort(), "starttls");
    }

    /** The IMAPS port: TLS from the first octet. */
    public static PythonImap implicitTls(FluteServer server) {
        return new PythonImap(server.imapsPort(), "tls");
    }

    /** The cleartext port without TLS. */
    public static PythonImap cleartext(FluteServer server) {
        return new PythonImap(server.imapPort(), "none");
    }

    /** A session that logs in as {@code user} when a step first names it. */
    public PythonImap session(String name, String user, String password) {
        sessions.putObject(name).put("user", user).put("password", password);
        return this;
    }

    /** One call of an imaplib method; arguments are strings or the values of {@link #utf8} and {@link #octets}. */
    public PythonImap step(String session, String method, Object... arguments) {
        ArrayNode step = steps.addArray().add(session).add(method);
        for (Object argument : arguments) {
            if (argument instanceof JsonNode node) {
                step.add(node);
            } else {
                step.add(String.valueOf(argument));
            }
        }
        return this;
    }

    /** 8-bit text sent as a literal. */
    public static JsonNode utf8(String text) {
        return JSON.createObjectNode().put("utf8", text);
    }

    /** Octets, e.g. a message to APPEND. */
    public static JsonNode octets(byte[] bytes) {
        return JSON.createObjectNode().put("b64", Base64.getEncoder().encodeToString(bytes));
    }

    public Run run() {
        ObjectNode script = JSON.createObjectNode();
        script.set("sessions", sessions);
        script.set("steps", steps);
        Path file;
        try {
            file = ExternalCommand.temporaryFile(JSON.writeValueAsBytes(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path program = Paths.get(System.getProperty("flute.it.resources", "src/test/resources"),
                    "imap_session.py");
            ExternalCommand.Outcome outcome = ExternalCommand.run(List.of("python3", program.toString(),
                    FluteServer.HOST, Integer.toString(port), security, file.toString()));
            if (outcome.exitCode() != 0) {
                throw new AssertionError("imap_session.py failed: " + outcome);
            }
            return new Run(new ApiResponse("imap_session.py", 200, null, outcome.stdout()).json());
        } finally {
            ExternalCommand.deleteQuietly(file);
        }
    }

    /** What imaplib saw. */
    public record Run(JsonNode json) {

        public List<String> capabilities() {
            List<String> values = new ArrayList<>();
            json.path("capabilities").forEach(v -> values.add(v.asText()));
            return values;
        }

        public Result result(int index) {
            return new Result(json.path("results").get(index));
        }
    }

    /** One step's answer. */
    public record Result(JsonNode json) {

        /** "OK", "NO", or null when imaplib raised an error (see {@link #error}). */
        public String typ() {
            return json.hasNonNull("typ") ? json.get("typ").asText() : null;
        }

        public String error() {
            return json.hasNonNull("error") ? json.get("error").asText() : null;
        }

        /** The text parts of the data: plain lines, and the text before each literal. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            json.path("data").forEach(item -> lines.add(item.isArray() ? item.get(0).asText() : item.asText()));
            return lines;
        }

        /** The octets of the {@code index}-th literal in the data. */
        public byte[] literal(int index) {
            int seen = 0;
            for (JsonNode item : json.path("data")) {
                if (item.isArray()) {
                    if (seen++ == index) {
                        return Base64.getDecoder().decode(item.get(1).path("literal_b64").asText());
                    }
                }
            }
            throw new AssertionError("no literal " + index + " in " + json);
        }

        /** The untagged responses of a kind (EXISTS, EXPUNGE, FETCH ...) seen during the step. */
        public List<String> untagged(String kind) {
            List<String> values = new ArrayList<>();
            json.path("untagged").path(kind).forEach(v -> values.add(v.isArray() ? v.get(0).asText() : v.asText()));
            return values;
        }

        public double elapsedSeconds() {
            return json.path("elapsed").asDouble(-1);
        }
    }
}
