package org.flutemail.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hundreds of IMAP clients in IDLE at once: {@code bench/imap_idle.py} (Python asyncio; the same client
 * bench/imap-idle.sh runs with 10,000), driven line by line over its stdin and stdout.
 */
public final class IdleCrowd implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BufferedReader out;
    private final Writer in;

    private IdleCrowd(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /**
     * Starts {@code count} connections for {@code user}, {@code tlsPercent} of them IMAPS and the others
     * IMAP with STARTTLS, and returns once all idle or failed; {@link #ready()} says how many.
     */
    public static IdleCrowd start(FluteServer server, String user, String password, int count, int tlsPercent) {
        Path script = Path.of(System.getProperty("flute.it.bench", "../bench"), "imap_idle.py");
        try {
            Process process = new ProcessBuilder(List.of("python3", script.toString(), FluteServer.HOST,
                    Integer.toString(server.imapPort()), Integer.toString(server.imapsPort()), user, password,
                    Integer.toString(count), Integer.toString(tlsPercent), Integer.toString(server.smtpPort()), user))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new IdleCrowd(process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + script, e);
        }
    }

    /** {@code {"idling": n, "failed": n, "errors": [...]}} once every connection idles or failed. */
    public JsonNode ready() {
        return nextReport();
    }

    /** Delivers one message by SMTP; {@code {"heard": n, "of": n, "p50_ms": x, ...}} after up to 30 s. */
    public JsonNode deliverAndListen() {
        send("deliver");
        return nextReport();
    }

    private JsonNode nextReport() {
        try {
            String line = out.readLine();
            if (line == null) {
                throw new AssertionError("imap_idle.py ended early, exit " + process.waitFor());
            }
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void send(String line) {
        try {
            in.write(line + "\n");
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            in.close();
        } catch (IOException e) {
            // The process is gone already.
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
