package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.flutemail.application.MigrationService.AccountReportView;
import org.flutemail.application.MigrationService.MigrationJobView;
import org.flutemail.application.MigrationService.ProblemView;
import org.flutemail.domain.MigrationAccountRun;
import org.flutemail.domain.MigrationJob;
import org.flutemail.domain.MigrationRepository;
import org.flutemail.domain.MigrationSource;
import org.flutemail.domain.NotFoundException;
import org.flutemail.migration.ImportReport;

/**
 * The job records, each change in a short transaction of its own, so that the report shows progress
 * while the job runs outside any transaction.
 */
@ApplicationScoped
public class MigrationJobs {

    /** An account still to import, as the runner needs it. */
    public record PendingAccount(long runId, int position, MigrationSource source) {
    }

    @Inject
    MigrationRepository migrations;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MigrationJobView create(MigrationJob job) {
        migrations.add(job);
        return view(job);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<PendingAccount> start(long jobId) {
        MigrationJob job = find(jobId);
        job.started(clock.instant());
        return job.accounts().stream().filter(a -> a.state() == MigrationAccountRun.State.PENDING)
                .map(a -> new PendingAccount(a.id(), a.position(), a.source())).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void accountStarted(long runId) {
        run(runId).started(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long runId, ImportReport report) {
        run(runId).progress(report.folders(), report.copied(), report.skipped(), report.failed());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void accountFinished(long runId, ImportReport report) {
        MigrationAccountRun run = run(runId);
        run.progress(report.folders(), report.copied(), report.skipped(), report.failed());
        report.problems().forEach(run::addProblem);
        run.finished(report.error(), clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long jobId) {
        find(jobId).finished(clock.instant());
    }

    /** Marks what a stopped server left queued or running; returns how many jobs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int interruptUnfinished() {
        List<MigrationJob> jobs = migrations.unfinishedJobs();
        jobs.forEach(j -> j.interrupted(clock.instant()));
        return jobs.size();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MigrationJobView view(long jobId) {
        return view(find(jobId));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<MigrationJobView> recent(int max) {
        return migrations.jobs(max).stream().map(MigrationJobs::view).toList();
    }

    private MigrationJob find(long jobId) {
        return migrations.job(jobId).orElseThrow(() -> new NotFoundException("no migration job " + jobId));
    }

    private MigrationAccountRun run(long runId) {
        return migrations.accountRun(runId)
                .orElseThrow(() -> new NotFoundException("no migration account report " + runId));
    }

    static MigrationJobView view(MigrationJob job) {
        return new MigrationJobView(job.id() == null ? 0 : job.id(), job.state().name(), job.origin().name(),
                job.createdAt(), job.startedAt(), job.finishedAt(),
                job.accounts().stream().map(MigrationJobs::view).toList());
    }

    private static AccountReportView view(MigrationAccountRun run) {
        return new AccountReportView(run.id() == null ? 0 : run.id(), run.source().address(), run.line(),
                describe(run.source()), run.state().name(), run.folders(), run.copied(), run.skipped(), run.failed(),
                run.error(), run.startedAt(), run.finishedAt(),
                run.problems().stream().map(p -> new ProblemView(p.folder(), p.item(), p.reason())).toList());
    }

    /** The source as a report shows it: never with a password, which is not kept anyway. */
    static String describe(MigrationSource s) {
        if (s.host() != null) {
            return s.protocol().name().toLowerCase(java.util.Locale.ROOT) + "://" + s.login() + "@" + s.host() + ":"
                    + s.port() + " (" + s.tls().name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        if (s.path() != null) {
            return s.protocol().name().toLowerCase(java.util.Locale.ROOT) + ":" + s.path()
                    + (s.target() != null ? " -> " + s.target() : "");
        }
        return "";
    }
}
