package org.flutemail.it.imaptest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The raw exchange of one script run, written to {@code <dir>/<script>.txt} (client lines prefixed
 * {@code C<n>>}, server lines {@code S<n><}), so that a failure can be read in full afterwards.
 * Without a folder it records nothing.
 */
final class Trace implements Closeable {

    private static final int MAX_SHOWN = 2000;

    private final Writer out;

    private Trace(Writer out) {
        this.out = out;
    }

    static Trace none() {
        return new Trace(null);
    }

    static Trace to(Path dir, String script) {
        if (dir == null) {
            return none();
        }
        try {
            Files.createDirectories(dir);
            return new Trace(Files.newBufferedWriter(dir.resolve(script + ".txt"), UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void record(String direction, String latin1) {
        if (out == null) {
            return;
        }
        String shown = latin1.length() > MAX_SHOWN ? latin1.substring(0, MAX_SHOWN) + "...\n" : latin1;
        try {
            for (String line : shown.split("\r?\n", -1)) {
                if (!line.isEmpty()) {
                    out.write(direction + " " + line + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void note(String text) {
        record("#", text);
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
