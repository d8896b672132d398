package org.flutemail.application;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Moving mail from an old server into existing Flute accounts. Each call starts a job that runs in the
 * background, one account after another, and returns at once; the job's report shows how far it got.
 * Running the same import again copies only what is missing.
 */
public interface MigrationService {

    /**
     * One account on an old server. {@code protocol} imap (default) or pop3; {@code tls} none, starttls
     * or implicit (default from the port); {@code fingerprint} the SHA-256 of a certificate to trust.
     */
    record ServerImport(String address, String protocol, String host, Integer port, String tls, String login,
            String password, String fingerprint) {
    }

    MigrationJobView importFromServer(ServerImport request);

    /**
     * Many accounts, one CSV row each (see {@code MigrationCsv}); rows that cannot be used are reported
     * in the job, the others imported. {@code fingerprint} applies to rows that do not give their own.
     */
    MigrationJobView importCsv(String csv, String fingerprint);

    /**
     * An mbox file or a Maildir directory on this server, {@code path} relative to the import root
     * ({@code flute.migration.root}); paths outside it are refused. {@code folder} is where an mbox goes.
     */
    MigrationJobView importFiles(String address, String format, String path, String folder);

    /** An mbox file sent with the request, into {@code folder} (INBOX by default). */
    MigrationJobView importUploadedMbox(String address, String folder, InputStream mbox);

    List<MigrationJobView> jobs();

    MigrationJobView job(long id);

    record MigrationJobView(long id, String state, String origin, Instant createdAt, Instant startedAt,
            Instant finishedAt, List<AccountReportView> accounts) {
    }

    record AccountReportView(long id, String address, Integer line, String source, String state, int folders,
            int copied, int skipped, int failed, String error, Instant startedAt, Instant finishedAt,
            List<ProblemView> problems) {
    }

    record ProblemView(String folder, String item, String reason) {
    }
}
