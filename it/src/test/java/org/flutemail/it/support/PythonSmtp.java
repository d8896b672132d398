package org.flutemail.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sends mail with Python's smtplib ({@code src/test/resources/smtp_send.py}) in a child process. */
public final class PythonSmtp {

    private final int port;
    private final String sourceAddress;
    private final String notify;

    public PythonSmtp(FluteServer server) {
        this(server.smtpPort(), null, null);
    }

    private PythonSmtp(int port, String sourceAddress, String notify) {
        this.port = port;
        this.sourceAddress = sourceAddress;
        this.notify = notify;
    }

    /** A client that connects from another local address, e.g. 127.0.0.2: another client address to the server. */
    public PythonSmtp from(String localAddress) {
        return new PythonSmtp(port, localAddress, notify);
    }

    /** A client that asks for delivery reports for every recipient (RFC 3461 NOTIFY, e.g. {@code SUCCESS}). */
    public PythonSmtp notifying(String when) {
        return new PythonSmtp(port, sourceAddress, when);
    }

    public Result send(String from, List<String> recipients, byte[] message) {
        Path script = Paths.get(System.getProperty("flute.it.resources", "src/test/resources"), "smtp_send.py");
        Path file = ExternalCommand.temporaryFile(message);
        try {
            List<String> command = new ArrayList<>(List.of("python3", script.toString()));
            if (sourceAddress != null) {
                command.add("--source=" + sourceAddress);
            }
            if (notify != null) {
                command.add("--notify=" + notify);
            }
            command.addAll(List.of(FluteServer.HOST, Integer.toString(port), from, file.toString()));
            command.addAll(recipients);
            ExternalCommand.Outcome outcome = ExternalCommand.run(command);
            if (outcome.exitCode() != 0) {
                throw new AssertionError("smtp_send.py failed: " + outcome);
            }
            return Result.from(new ApiResponse("smtp_send.py", 200, null, outcome.stdout()).json());
        } finally {
            ExternalCommand.deleteQuietly(file);
        }
    }

    /** What smtplib reported: "sent", "recipients-refused" or "error", and the refusals by recipient. */
    public record Result(String outcome, Map<String, Refusal> refused, Integer code, String text) {

        static Result from(JsonNode json) {
            Map<String, Refusal> refused = new LinkedHashMap<>();
            json.path("refused").fields().forEachRemaining(entry -> refused.put(entry.getKey(),
                    new Refusal(entry.getValue().get(0).asInt(), entry.getValue().get(1).asText())));
            Integer code = json.hasNonNull("code") ? json.get("code").asInt() : null;
            return new Result(json.path("outcome").asText(), refused, code, json.path("text").asText(null));
        }

        public boolean sent() {
            return "sent".equals(outcome) && refused.isEmpty();
        }
    }

    /** A recipient refused at RCPT: the reply code and text (which starts with the enhanced status). */
    public record Refusal(int code, String text) {
    }
}
