package org.flutemail.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads mail as a POP3 client does, with Python's poplib ({@code src/test/resources/pop3_session.py})
 * in a child process: one session per {@link #session} call, STLS or implicit TLS, USER/PASS, then
 * the given commands ({@code stat}, {@code list}, {@code uidl}, {@code retr:N}, {@code top:N:LINES},
 * {@code dele:N}, {@code rset}, {@code quit}).
 */
public final class PythonPop3 {

    private final int port;
    private final String security;

    private PythonPop3(int port, String security) {
        this.port = port;
        this.security = security;
    }

    /** The cleartext port, with STLS before the login. */
    public static PythonPop3 withStls(FluteServer server) {
        return new PythonPop3(server.pop3Port(), "stls");
    }

    /** The POP3S port: TLS from the first octet. */
    public static PythonPop3 implicitTls(FluteServer server) {
        return new PythonPop3(server.pop3sPort(), "tls");
    }

    /** The cleartext port without TLS. */
    public static PythonPop3 cleartext(FluteServer server) {
        return new PythonPop3(server.pop3Port(), "none");
    }

    public Session session(String user, String password, String... commands) {
        Path script = Paths.get(System.getProperty("flute.it.resources", "src/test/resources"), "pop3_session.py");
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), FluteServer.HOST,
                Integer.toString(port), security, user, password));
        command.addAll(List.of(commands));
        ExternalCommand.Outcome outcome = ExternalCommand.run(command);
        if (outcome.exitCode() != 0) {
            throw new AssertionError("pop3_session.py failed: " + outcome);
        }
        return new Session(new ApiResponse("pop3_session.py", 200, null, outcome.stdout()).json());
    }

    /** What poplib saw. */
    public record Session(JsonNode json) {

        /** The {@code -ERR} line that ended the session early, or null. */
        public String error() {
            return json.hasNonNull("error") ? json.get("error").asText() : null;
        }

        public String stage() {
            return json.path("stage").asText();
        }

        public String welcome() {
            return json.path("welcome").asText();
        }

        public List<String> capabilitiesBeforeTls() {
            List<String> values = new ArrayList<>();
            json.path("capa_before_tls").forEach(v -> values.add(v.asText()));
            return values;
        }

        public JsonNode result(int index) {
            return json.path("results").get(index);
        }

        /** The lines of a LIST or UIDL result. */
        public List<String> lines(int index) {
            List<String> values = new ArrayList<>();
            result(index).path("lines").forEach(v -> values.add(v.asText()));
            return values;
        }

        /** The content of a RETR or TOP result. */
        public byte[] content(int index) {
            return Base64.getDecoder().decode(result(index).path("content").asText());
        }

        public String text(int index) {
            return result(index).asText();
        }
    }
}
