package org.flutemail.it.imaptest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where imaptest's scripted tests are kept: {@code -Dflute.it.imaptest.dir}, or
 * {@code shared/conformance/imaptest} beside the repository (in the nearest folder above the working
 * directory that has one). Every regular file that is not an mbox is a script, in name order; a
 * sub-folder (such as {@code broken/}) is not run, as imaptest does not run it either.
 */
public final class ImaptestScripts {

    private static final Path RELATIVE = Paths.get("shared", "conformance", "imaptest");
    private static final List<String> NOT_SCRIPTS = List.of("AUTHORS", "COPYING.MIT", "FORMAT.md", "README.md");

    private ImaptestScripts() {
    }

    public static Optional<Path> locate() {
        String configured = System.getProperty("flute.it.imaptest.dir");
        if (configured != null) {
            return Optional.of(Paths.get(configured)).filter(Files::isDirectory);
        }
        // .ci/run says where it found the shared folder (it may not be beside a clean clone).
        String shared = System.getenv("FLUTE_SHARED_DIR");
        if (shared != null && Files.isDirectory(Paths.get(shared, "conformance", "imaptest"))) {
            return Optional.of(Paths.get(shared, "conformance", "imaptest"));
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(RELATIVE))) {
                return Optional.of(dir.resolve(RELATIVE));
            }
        }
        return Optional.empty();
    }

    /** The script files of {@code dir}, sorted by name. */
    static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".mbox"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !NOT_SCRIPTS.contains(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
