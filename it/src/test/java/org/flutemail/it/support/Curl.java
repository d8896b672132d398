package org.flutemail.it.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends mail with curl's SMTP support in a child process, as a user of the submission ports:
 * {@code smtp://} with {@code --ssl-reqd} (STARTTLS required) or {@code smtps://} (implicit TLS).
 * {@code -k}: the server's certificate is self-signed.
 */
public final class Curl {

    private final FluteServer server;

    public Curl(FluteServer server) {
        this.server = server;
    }

    public static boolean isInstalled() {
        return ExternalCommand.isInstalled("curl");
    }

    /** curl's exit code and what it printed; 0 is success, 67 "login denied". */
    public record Outcome(int exitCode, String transcript) {
        public boolean sent() {
            return exitCode == 0;
        }
    }

    /** {@code smtp://} to the submission port with {@code --ssl-reqd}: STARTTLS, then AUTH. */
    public Outcome submitWithStartTls(String user, String password, String from, List<String> recipients,
                                      byte[] message) {
        return run("smtp://" + FluteServer.HOST + ":" + server.submissionPort() + "/client.example",
                List.of("--ssl-reqd"), user, password, from, recipients, message);
    }

    /** {@code smtps://} to the SMTPS port: implicit TLS, then AUTH. */
    public Outcome submitWithImplicitTls(String user, String password, String from, List<String> recipients,
                                         byte[] message) {
        return run("smtps://" + FluteServer.HOST + ":" + server.smtpsPort() + "/client.example",
                List.of(), user, password, from, recipients, message);
    }

    /**
     * Fetches {@code path} with curl's POP3 over STLS ({@code pop3://} with {@code --ssl-reqd}): a
     * message number retrieves that message, an empty path lists the maildrop. Returns what curl wrote.
     */
    public byte[] pop3(String user, String password, String path) {
        ExternalCommand.Outcome outcome = ExternalCommand.run(List.of("curl", "--silent", "--show-error",
                "--max-time", "60", "--ssl-reqd", "-k", "--user", user + ":" + password,
                "pop3://" + FluteServer.HOST + ":" + server.pop3Port() + "/" + path));
        if (outcome.exitCode() != 0) {
            throw new AssertionError("curl pop3 failed: " + outcome);
        }
        return outcome.stdout();
    }

    /**
     * Fetches {@code path} with curl's IMAP over implicit TLS ({@code imaps://}), e.g.
     * {@code INBOX;UID=3} for one message. Returns what curl wrote.
     */
    public byte[] imaps(String user, String password, String path) {
        ExternalCommand.Outcome outcome = ExternalCommand.run(List.of("curl", "--silent", "--show-error",
                "--max-time", "60", "-k", "--user", user + ":" + password,
                "imaps://" + FluteServer.HOST + ":" + server.imapsPort() + "/" + path));
        if (outcome.exitCode() != 0) {
            throw new AssertionError("curl imaps failed: " + outcome);
        }
        return outcome.stdout();
    }

    private Outcome run(String url, List<String> options, String user, String password, String from,
                        List<String> recipients, byte[] message) {
        Path file = ExternalCommand.temporaryFile(message);
        try {
            List<String> command = new ArrayList<>(List.of("curl", "--silent", "--show-error", "--verbose",
                    "--max-time", "60", url));
            command.addAll(options);
            command.addAll(List.of("-k", "--user", user + ":" + password, "--mail-from", from));
            recipients.forEach(recipient -> command.addAll(List.of("--mail-rcpt", recipient)));
            command.addAll(List.of("-T", file.toString()));
            ExternalCommand.Outcome outcome = ExternalCommand.run(command);
            return new Outcome(outcome.exitCode(), outcome.toString());
        } finally {
            ExternalCommand.deleteQuietly(file);
        }
    }

    /** What an HTTP request with curl answered. */
    public record HttpOutcome(int status, String body) {
    }

    /**
     * Sends {@code method} to {@code url} with a form body (curl's default
     * {@code application/x-www-form-urlencoded}), as a mail program posts an RFC 8058 one-click
     * unsubscribe; null sends no body.
     */
    public static HttpOutcome form(String method, String url, String body) {
        List<String> command = new java.util.ArrayList<>(List.of("curl", "--silent", "--show-error", "--max-time",
                "60", "-X", method, "--write-out", "\n%{http_code}"));
        if (body != null) {
            command.addAll(List.of("--data-raw", body));
        }
        command.add(url);
        return http(command);
    }

    /**
     * Sends a JSON body to {@code url} from the local address {@code source} (any 127.x address
     * reaches the loopback server), so a test can be a client of its own in per-address limits.
     */
    public static HttpOutcome jsonFrom(String source, String method, String url, String json) {
        return http(List.of("curl", "--silent", "--show-error", "--max-time", "60", "--interface", source, "-X",
                method, "-H", "Content-Type: application/json", "--data-raw", json, "--write-out", "\n%{http_code}",
                url));
    }

    private static HttpOutcome http(List<String> command) {
        ExternalCommand.Outcome outcome = ExternalCommand.run(command);
        if (outcome.exitCode() != 0) {
            throw new AssertionError("curl failed: " + outcome);
        }
        String out = new String(outcome.stdout(), java.nio.charset.StandardCharsets.UTF_8);
        int nl = out.lastIndexOf('\n');
        return new HttpOutcome(Integer.parseInt(out.substring(nl + 1).strip()), out.substring(0, nl));
    }
}
