package org.flutemail.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A page or file of the web module fetched by curl as a browser would, without a login: with the
 * request headers a test chooses (a Host name, If-None-Match) and the response's status, headers and
 * bytes kept for checking.
 */
public final class CurlPage {

    /** @param headers the response's header lines, each {@code name: value} as sent */
    public record Fetched(int status, List<String> headers, byte[] body) {

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private CurlPage() {
    }

    /** GETs {@code path} (from the server's root) with {@code requestHeaders} such as {@code Host: x}. */
    public static Fetched get(FluteServer server, String path, String... requestHeaders) {
        Path head = null;
        Path body = null;
        try {
            head = Files.createTempFile("flute-curl", ".head");
            body = Files.createTempFile("flute-curl", ".body");
            List<String> command = new ArrayList<>(List.of("curl", "--silent", "--show-error", "--max-time", "60",
                    "--dump-header", head.toString(), "--output", body.toString()));
            for (String h : requestHeaders) {
                command.addAll(List.of("-H", h));
            }
            command.add("http://" + FluteServer.HOST + ":" + server.httpPort() + path);
            ExternalCommand.Outcome outcome = ExternalCommand.run(command);
            if (outcome.exitCode() != 0) {
                throw new AssertionError("curl failed: " + outcome);
            }
            List<String> lines = Files.readAllLines(head, StandardCharsets.ISO_8859_1).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            return new Fetched(status, lines.subList(1, lines.size()), Files.readAllBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ExternalCommand.deleteQuietly(head);
            ExternalCommand.deleteQuietly(body);
        }
    }
}
