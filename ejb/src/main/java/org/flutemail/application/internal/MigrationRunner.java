package org.flutemail.application.internal;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.MigrationSource;
import org.flutemail.infrastructure.migration.MigrationSettings;
import org.flutemail.migration.AccountImporter;
import org.flutemail.migration.ImportReport;
import org.flutemail.migration.MailSource;
import org.flutemail.migration.RemoteAccount;
import org.flutemail.migration.RemoteSources;
import org.flutemail.migration.SourceUnavailableException;
import org.flutemail.migration.files.MaildirSource;
import org.flutemail.migration.files.MboxSource;

/**
 * Runs a migration job in the background, outside any transaction: one account after another, each
 * message stored in its own short transaction. The old passwords live only in this call's arguments.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MigrationRunner {

    private static final Logger LOG = Logger.getLogger(MigrationRunner.class.getName());
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    @Inject
    MigrationJobs jobs;

    @Inject
    MailboxImportStore store;

    @Inject
    BlobStore blobs;

    @Inject
    RemoteSources remoteSources;

    @Inject
    Clock clock;

    /**
     * @param servers the old servers with their passwords, by the account's position in the job
     * @param upload  an uploaded mbox file the job reads (deleted at the end), or null
     */
    @Asynchronous
    public void run(long jobId, Map<Integer, RemoteAccount> servers, Path upload) {
        try {
            for (MigrationJobs.PendingAccount account : jobs.start(jobId)) {
                runAccount(account, servers.get(account.position()), upload);
            }
            jobs.finish(jobId);
            LOG.info(() -> "migration job " + jobId + " finished");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "migration job " + jobId + " stopped", e);
        } finally {
            deleteQuietly(upload);
        }
    }

    private void runAccount(MigrationJobs.PendingAccount account, RemoteAccount server, Path upload) {
        jobs.accountStarted(account.runId());
        MigrationSource source = account.source();
        ImportReport report;
        try (MailSource mail = open(source, server, upload)) {
            Instant[] lastSaved = {clock.instant()};
            report = AccountImporter.run(mail, new MailboxImportTarget(source.address(), store, blobs, clock), r -> {
                Instant now = clock.instant();
                if (Duration.between(lastSaved[0], now).compareTo(PROGRESS_EVERY) >= 0) {
                    jobs.progress(account.runId(), r);
                    lastSaved[0] = now;
                }
            });
        } catch (IOException | RuntimeException e) {
            report = ImportReport.notStarted(e instanceof IOException || e instanceof IllegalArgumentException
                    ? e.getMessage() : "unexpected error: " + e);
            if (!(e instanceof IOException) && !(e instanceof IllegalArgumentException)) {
                LOG.log(Level.WARNING, "migration of " + source.address() + " failed", e);
            }
        }
        jobs.accountFinished(account.runId(), report);
        ImportReport done = report;
        LOG.info(() -> "migration of " + source.address() + ": " + done.copied() + " copied, " + done.skipped()
                + " skipped, " + done.failed() + " failed" + (done.error() == null ? "" : "; stopped: " + done.error()));
    }

    private MailSource open(MigrationSource source, RemoteAccount server, Path upload) throws IOException {
        return switch (source.protocol()) {
            case IMAP, POP3 -> {
                if (server == null) {
                    throw new SourceUnavailableException("the old password is no longer known; start the import again");
                }
                yield remoteSources.connect(server);
            }
            case MBOX -> new MboxSource(upload != null ? upload : MigrationSettings.resolveUnderRoot(source.path()),
                    source.target());
            case MAILDIR -> new MaildirSource(MigrationSettings.resolveUnderRoot(source.path()));
        };
    }

    private static void deleteQuietly(Path upload) {
        if (upload == null) {
            return;
        }
        try {
            Files.deleteIfExists(upload);
        } catch (IOException e) {
            LOG.warning(() -> "cannot delete the uploaded file " + upload + ": " + e);
        }
    }
}
