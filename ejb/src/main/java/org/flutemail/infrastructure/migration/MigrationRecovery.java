package org.flutemail.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.flutemail.application.internal.MigrationJobs;

/**
 * On start, marks the migration jobs the last run of the server left unfinished as interrupted (the
 * old passwords they needed died with it) and removes their uploaded files. Running the same import
 * again resumes where they stopped.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MigrationRecovery {

    private static final Logger LOG = Logger.getLogger(MigrationRecovery.class.getName());

    @Inject
    MigrationJobs jobs;

    @PostConstruct
    void markInterrupted() {
        int interrupted = jobs.interruptUnfinished();
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " migration job(s) were cut short by a restart; run them again to resume");
        }
        removeUploads(MigrationSettings.uploadDirectory());
    }

    private static void removeUploads(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warning(() -> "cannot clean " + directory + ": " + e);
        }
    }
}
