package org.flutemail.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flutemail.application.MigrationService;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.MigrationAccountRun;
import org.flutemail.domain.MigrationJob;
import org.flutemail.domain.MigrationSource;
import org.flutemail.domain.MigrationSource.Protocol;
import org.flutemail.infrastructure.migration.MigrationSettings;
import org.flutemail.migration.RemoteAccount;
import org.flutemail.migration.csv.MigrationCsv;

/**
 * Checks an import request, records the job with one report per account, and hands it to
 * {@link MigrationRunner}. No transaction spans the call: the job is committed before the runner,
 * on another thread, looks for it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultMigrationService implements MigrationService {

    private static final int LISTED_JOBS = 100;

    @Inject
    MigrationJobs jobs;

    @Inject
    AccountRepository accounts;

    @EJB
    MigrationRunner runner;

    @Inject
    Clock clock;

    @Override
    public MigrationJobView importFromServer(ServerImport request) {
        if (request == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        String address = existingAccount(request.address());
        RemoteAccount server = RemoteAccount.of(RemoteAccount.protocol(request.protocol()), request.host(),
                request.port(), RemoteAccount.tls(request.tls()), request.login() == null ? address : request.login(),
                request.password(), RemoteAccount.fingerprint(request.fingerprint()));
        MigrationJob job = new MigrationJob(MigrationJob.Origin.ACCOUNT, clock.instant());
        job.add(serverSource(address, server));
        return start(job, Map.of(0, server), null);
    }

    @Override
    public MigrationJobView importCsv(String csv, String fingerprint) {
        byte[] defaultFingerprint = RemoteAccount.fingerprint(fingerprint);
        List<MigrationCsv.Entry> entries = MigrationCsv.parse(csv == null ? "" : csv);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the CSV file has a header row but no accounts");
        }
        MigrationJob job = new MigrationJob(MigrationJob.Origin.CSV, clock.instant());
        Map<Integer, RemoteAccount> servers = new HashMap<>();
        for (MigrationCsv.Entry entry : entries) {
            String problem = entry.error() != null ? entry.error()
                    : accountMissing(entry.address()) ? "line " + entry.line() + ": no account " + entry.address()
                    : null;
            if (problem != null) {
                job.add(MigrationSource.unreadable(entry.address())).fromLine(entry.line()).reject(problem);
                continue;
            }
            RemoteAccount server = entry.server();
            if (server.fingerprint() == null && defaultFingerprint != null) {
                server = new RemoteAccount(server.protocol(), server.host(), server.port(), server.tls(), server.login(),
                        server.password(), defaultFingerprint);
            }
            MigrationAccountRun run = job.add(serverSource(entry.address(), server)).fromLine(entry.line());
            servers.put(run.position(), server);
        }
        return start(job, servers, null);
    }

    @Override
    public MigrationJobView importFiles(String address, String format, String path, String folder) {
        String account = existingAccount(address);
        Protocol protocol = switch (format == null ? "" : format.strip().toLowerCase(Locale.ROOT)) {
            case "mbox" -> Protocol.MBOX;
            case "maildir" -> Protocol.MAILDIR;
            default -> throw new IllegalArgumentException("format must be mbox or maildir");
        };
        Path file = MigrationSettings.resolveUnderRoot(path);
        if (protocol == Protocol.MBOX ? !Files.isRegularFile(file) : !Files.isDirectory(file)) {
            throw new IllegalArgumentException(path + " is not " + (protocol == Protocol.MBOX ? "a file" : "a directory"));
        }
        MigrationJob job = new MigrationJob(MigrationJob.Origin.ACCOUNT, clock.instant());
        job.add(MigrationSource.file(account, protocol, path, protocol == Protocol.MBOX ? targetFolder(folder) : null));
        return start(job, Map.of(), null);
    }

    @Override
    public MigrationJobView importUploadedMbox(String address, String folder, InputStream mbox) {
        String account = existingAccount(address);
        Path upload = MigrationSettings.uploadDirectory().resolve(UUID.randomUUID() + ".mbox");
        try {
            Files.createDirectories(upload.getParent());
            Files.copy(mbox, upload, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded mbox file", e);
        }
        MigrationJob job = new MigrationJob(MigrationJob.Origin.UPLOAD, clock.instant());
        job.add(MigrationSource.file(account, Protocol.MBOX, "(uploaded)", targetFolder(folder)));
        return start(job, Map.of(), upload);
    }

    @Override
    public List<MigrationJobView> jobs() {
        return jobs.recent(LISTED_JOBS);
    }

    @Override
    public MigrationJobView job(long id) {
        return jobs.view(id);
    }

    private MigrationJobView start(MigrationJob job, Map<Integer, RemoteAccount> servers, Path upload) {
        MigrationJobView created = jobs.create(job);
        runner.run(created.id(), Map.copyOf(servers), upload);
        return created;
    }

    private static MigrationSource serverSource(String address, RemoteAccount server) {
        return MigrationSource.server(address, server.protocol(), server.host(), server.port(), server.tls(),
                server.login());
    }

    private String existingAccount(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("the address of the Flute account is missing");
        }
        String canonical = EmailAddress.parse(address).toString();
        if (accountMissing(canonical)) {
            throw new org.flutemail.domain.NotFoundException("no account " + canonical
                    + "; create the accounts before importing their mail");
        }
        return canonical;
    }

    private boolean accountMissing(String canonical) {
        try {
            return accounts.byAddress(EmailAddress.parse(canonical).toString()).isEmpty();
        } catch (InvalidAddressException e) {
            return true;
        }
    }

    private static String targetFolder(String folder) {
        if (folder == null || folder.isBlank()) {
            return "INBOX";
        }
        if (folder.length() > 200 || folder.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("a folder name has at most 200 characters and no control characters");
        }
        return folder.strip();
    }
}
