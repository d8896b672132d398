package org.flutemail.infrastructure.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * Where collected messages are downloaded before they are taken in: {@code <data dir>/fetch-work}.
 * Nothing in it is ever relied on; a file left by a collection that died is removed at the next start.
 */
public final class FetchWorkDirectory {

    private FetchWorkDirectory() {
    }

    public static Path path() {
        Path dir = ServerSettings.dataDirectory().resolve("fetch-work");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + dir, e);
        }
    }

    /** Removes leftover downloads; called at start, when no collection runs. */
    public static void clear() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path(), "fetch-*")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }
}
