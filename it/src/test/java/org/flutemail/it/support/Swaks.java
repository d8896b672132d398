package org.flutemail.it.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sends mail with swaks, the "Swiss army knife for SMTP", in a child process. */
public final class Swaks {

    private final int port;

    public Swaks(FluteServer server) {
        this.port = server.smtpPort();
    }

    public static boolean isInstalled() {
        return ExternalCommand.isInstalled("swaks");
    }

    /**
     * Sends {@code message} (which must end with CRLF) and returns swaks' transcript; fails the test
     * if swaks reports a failure. Swaks always adds CRLF before the final dot, so it is given the
     * message without its last CRLF, and it replaces tokens such as %DATE%, so the message must not
     * contain '%'.
     */
    public String send(String from, List<String> recipients, byte[] message) {
        return send(port, List.of(), from, recipients, message);
    }

    /**
     * As {@link #send(String, List, byte[])}, to another port of the server and with more swaks
     * options, e.g. {@code --tls --auth PLAIN --auth-user U --auth-password P}, {@code --tlsc} or
     * {@code --pipeline}.
     */
    public String send(int port, List<String> options, String from, List<String> recipients, byte[] message) {
        if (new String(message, StandardCharsets.ISO_8859_1).contains("%")) {
            throw new IllegalArgumentException("swaks would substitute %TOKENS% in the message");
        }
        if (message.length < 2 || message[message.length - 2] != '\r' || message[message.length - 1] != '\n') {
            throw new IllegalArgumentException("the message must end with CRLF");
        }
        Path file = ExternalCommand.temporaryFile(Arrays.copyOf(message, message.length - 2));
        try {
            List<String> command = new ArrayList<>(List.of("swaks",
                    "--server", FluteServer.HOST + ":" + port,
                    "--helo", "client.example",
                    "--from", from,
                    "--to", String.join(",", recipients),
                    "--data", "@" + file,
                    "--suppress-data",
                    "--timeout", "60"));
            command.addAll(options);
            ExternalCommand.Outcome outcome = ExternalCommand.run(command);
            if (outcome.exitCode() != 0) {
                throw new AssertionError("swaks did not deliver: " + outcome);
            }
            return outcome.stdoutText();
        } finally {
            ExternalCommand.deleteQuietly(file);
        }
    }
}
