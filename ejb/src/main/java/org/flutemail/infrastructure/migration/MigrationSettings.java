package org.flutemail.infrastructure.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * Where migration files live: the import root ({@code flute.migration.root}, env
 * {@code FLUTE_MIGRATION_ROOT}, default {@code <data dir>/import}) under which an administrator puts
 * the mbox files and Maildir trees of the old server, and the folder for uploaded mbox files.
 */
public final class MigrationSettings {

    private MigrationSettings() {
    }

    public static Path importRoot() {
        String configured = System.getProperty("flute.migration.root");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("FLUTE_MIGRATION_ROOT");
        }
        return configured == null || configured.isBlank() ? ServerSettings.dataDirectory().resolve("import")
                : Path.of(configured);
    }

    public static Path uploadDirectory() {
        return ServerSettings.dataDirectory().resolve("migration-uploads");
    }

    /**
     * The file or directory {@code relative} names under the import root, with links resolved; refused
     * (IllegalArgumentException) when it is absolute, missing, or lies outside the root.
     */
    public static Path resolveUnderRoot(String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("the path is missing");
        }
        Path root = importRoot();
        Path given = Path.of(relative);
        if (given.isAbsolute()) {
            throw new IllegalArgumentException("the path must be relative to the import root " + root);
        }
        try {
            Path realRoot = root.toRealPath();
            Path resolved = realRoot.resolve(given).normalize();
            if (!resolved.startsWith(realRoot)) {
                throw new IllegalArgumentException(relative + " lies outside the import root");
            }
            if (!Files.exists(resolved)) {
                throw new IllegalArgumentException("no file or directory " + relative + " under the import root");
            }
            Path real = resolved.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw new IllegalArgumentException(relative + " leads outside the import root");
            }
            return real;
        } catch (IOException e) {
            throw new IllegalArgumentException("the import root " + root + " does not exist on this server");
        }
    }
}
