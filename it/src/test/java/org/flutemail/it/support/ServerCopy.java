package org.flutemail.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Copies a provisioned server into a private folder, leaving out everything a run writes
 * (logs, temporary files, data other than the deployment content repository, deployment
 * markers), so that every copy starts from clean data.
 */
final class ServerCopy {

    private static final Set<String> RUNTIME_FOLDERS = Set.of("standalone/log", "standalone/tmp",
            "standalone/configuration/standalone_xml_history");
    private static final Set<String> DEPLOYMENT_MARKERS = Set.of(".deployed", ".failed", ".isdeploying",
            ".isundeploying", ".pending", ".undeployed", ".skipdeploy");

    private ServerCopy() {
    }

    static void copy(Path source, Path target) {
        if (!Files.isExecutable(source.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No provisioned server at " + source.toAbsolutePath()
                    + ": build it first with `mvn install -pl wildfly-config` (and the EAR before it)");
        }
        if (!Files.exists(source.resolve("standalone/deployments/flute.ear"))) {
            throw new IllegalStateException("The server at " + source.toAbsolutePath() + " has no"
                    + " standalone/deployments/flute.ear: build the EAR, then `mvn install -pl wildfly-config`");
        }
        try {
            deleteRecursively(target);
            Files.createDirectories(target);
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    String relative = relative(source, dir);
                    if (RUNTIME_FOLDERS.contains(relative) || isRunData(relative)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(target.resolve(relative));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String relative = relative(source, file);
                    if (isRunData(relative) || isDeploymentMarker(relative)) {
                        return FileVisitResult.CONTINUE;
                    }
                    copyOrLink(file, target.resolve(relative), relative.startsWith("modules/"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    /**
     * The module jars (most of the server's 300 MB) are never written at run time, so they are
     * hard-linked where the file system allows it; everything else is copied.
     */
    private static void copyOrLink(Path file, Path target, boolean readOnlyAtRunTime) throws IOException {
        if (readOnlyAtRunTime && !Files.isSymbolicLink(file)) {
            try {
                Files.createLink(target, file);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // another file system: copy instead
            }
        }
        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }

    /** Anything under standalone/data except the content repository that CLI deployments live in. */
    private static boolean isRunData(String relative) {
        return relative.startsWith("standalone/data/") && !relative.startsWith("standalone/data/content");
    }

    private static boolean isDeploymentMarker(String relative) {
        return relative.startsWith("standalone/deployments/")
                && DEPLOYMENT_MARKERS.stream().anyMatch(relative::endsWith);
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
