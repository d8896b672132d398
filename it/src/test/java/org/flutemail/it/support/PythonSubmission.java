package org.flutemail.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Submits mail as a mail user agent does, with Python's smtplib ({@code src/test/resources/smtp_submit.py})
 * in a child process: STARTTLS or implicit TLS, then login. Immutable; each setting returns a new client:
 *
 * <pre>{@code
 * PythonSubmission.Result result = new PythonSubmission(server.submissionPort()).startTls()
 *         .login(alice, FluteApi.ACCOUNT_PASSWORD).send(alice, List.of(bob), message.bytes());
 * }</pre>
 */
public final class PythonSubmission {

    private final int port;
    private final String security;
    private final String user;
    private final String password;
    private final boolean authAnyway;
    private final List<String> mailOptions;

    /** A client for {@code port} that neither starts TLS nor logs in. */
    public PythonSubmission(int port) {
        this(port, "none", null, null, false, List.of());
    }

    private PythonSubmission(int port, String security, String user, String password, boolean authAnyway,
                             List<String> mailOptions) {
        this.port = port;
        this.security = security;
        this.user = user;
        this.password = password;
        this.authAnyway = authAnyway;
        this.mailOptions = List.copyOf(mailOptions);
    }

    /** EHLO, STARTTLS, EHLO again (smtplib's {@code starttls()}). */
    public PythonSubmission startTls() {
        return new PythonSubmission(port, "starttls", user, password, authAnyway, mailOptions);
    }

    /** TLS from the first octet (smtplib's {@code SMTP_SSL}). */
    public PythonSubmission implicitTls() {
        return new PythonSubmission(port, "tls", user, password, authAnyway, mailOptions);
    }

    /** smtplib's {@code login()}, which picks a mechanism that EHLO offered. */
    public PythonSubmission login(String user, String password) {
        return new PythonSubmission(port, security, user, password, authAnyway, mailOptions);
    }

    /** Sends AUTH PLAIN for the login even where EHLO did not offer AUTH, to see the server refuse it. */
    public PythonSubmission authEvenIfNotOffered() {
        return new PythonSubmission(port, security, user, password, true, mailOptions);
    }

    /** MAIL parameters such as {@code SMTPUTF8} or {@code BODY=8BITMIME} (smtplib adds {@code SIZE=} itself). */
    public PythonSubmission mailOptions(String... options) {
        return new PythonSubmission(port, security, user, password, authAnyway, List.of(options));
    }

    public Result send(String from, List<String> recipients, byte[] message) {
        Path script = Paths.get(System.getProperty("flute.it.resources", "src/test/resources"), "smtp_submit.py");
        Path file = ExternalCommand.temporaryFile(message);
        try {
            List<String> command = new ArrayList<>(List.of("python3", script.toString(),
                    "--host", FluteServer.HOST, "--port", Integer.toString(port), "--security", security));
            if (user != null) {
                command.addAll(List.of("--user", user, "--password", password));
            }
            if (authAnyway) {
                command.add("--auth-anyway");
            }
            mailOptions.forEach(option -> command.add("--mail-option=" + option));
            command.add(from);
            command.add(file.toString());
            command.addAll(recipients);
            ExternalCommand.Outcome outcome = ExternalCommand.run(command);
            if (outcome.exitCode() != 0) {
                throw new AssertionError("smtp_submit.py failed: " + outcome);
            }
            return Result.from(new ApiResponse("smtp_submit.py", 200, null, outcome.stdout()).json());
        } finally {
            ExternalCommand.deleteQuietly(file);
        }
    }

    /**
     * What smtplib reported. {@code outcome} is "sent", "recipients-refused", "refused" (a reply
     * code at {@code stage}: starttls, auth, mail or data) or "error" (no SMTP reply, e.g. a TLS
     * failure). The extensions are the EHLO keywords in lower case, before STARTTLS and at the end.
     */
    public record Result(String outcome, String stage, Integer code, String text,
                         Map<String, PythonSmtp.Refusal> refused, List<String> extensionsBeforeTls,
                         List<String> extensions) {

        static Result from(JsonNode json) {
            Map<String, PythonSmtp.Refusal> refused = new LinkedHashMap<>();
            json.path("refused").fields().forEachRemaining(entry -> refused.put(entry.getKey(),
                    new PythonSmtp.Refusal(entry.getValue().get(0).asInt(), entry.getValue().get(1).asText())));
            Integer code = json.hasNonNull("code") ? json.get("code").asInt() : null;
            return new Result(json.path("outcome").asText(), json.path("stage").asText(), code,
                    json.path("text").asText(null), refused, strings(json.path("extensions_before_tls")),
                    strings(json.path("extensions")));
        }

        private static List<String> strings(JsonNode array) {
            List<String> values = new ArrayList<>();
            array.forEach(value -> values.add(value.asText()));
            return values;
        }

        public boolean sent() {
            return "sent".equals(outcome) && refused.isEmpty();
        }

        /** The reply line as the server wrote it after the code, e.g. "5.7.8 Error: ..." with the code in front. */
        public String reply() {
            return code + " " + text;
        }
    }
}
