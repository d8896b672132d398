package org.flutemail.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of one account within a {@link MigrationJob}: its source, its state, and how many
 * folders were seen and messages copied, skipped (imported before) and failed, with the reasons.
 */
@Entity
@Table(name = "migration_account")
public class MigrationAccountRun {

    /** Reasons kept per account; the counters stay exact beyond this. */
    public static final int MAX_PROBLEMS = 200;

    public enum State {
        PENDING,
        RUNNING,
        /** Every folder was read; some messages may still have failed (see the problems). */
        DONE,
        /** The account could not be imported at all or stopped half way: a login refused, a connection lost. */
        FAILED,
        /** A CSV row that could not be read, or names an account that does not exist. */
        REJECTED,
        /** The server stopped before this account was finished; run the import again to resume. */
        INTERRUPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    private MigrationJob job;

    @Column(nullable = false)
    private int position;

    /** The CSV line the account came from, if it came from a CSV file. */
    private Integer line;

    @Embedded
    private MigrationSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private int folders;

    @Column(nullable = false)
    private int copied;

    @Column(nullable = false)
    private int skipped;

    @Column(nullable = false)
    private int failed;

    private String error;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @ElementCollection
    @CollectionTable(name = "migration_problem", joinColumns = @JoinColumn(name = "account_run_id"))
    @OrderColumn(name = "position")
    private List<ImportProblem> problems = new ArrayList<>();

    protected MigrationAccountRun() {
    }

    MigrationAccountRun(MigrationJob job, int position, MigrationSource source) {
        this.job = job;
        this.position = position;
        this.source = source;
        this.state = State.PENDING;
    }

    public MigrationAccountRun fromLine(int line) {
        this.line = line;
        return this;
    }

    public void reject(String reason) {
        state = State.REJECTED;
        error = ImportProblem.clip(reason, 2000);
    }

    public void started(Instant now) {
        state = State.RUNNING;
        startedAt = now;
    }

    /** The counters so far, as the import reports them while it runs. */
    public void progress(int folders, int copied, int skipped, int failed) {
        this.folders = folders;
        this.copied = copied;
        this.skipped = skipped;
        this.failed = failed;
    }

    public void addProblem(ImportProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** Finished: {@code error} is null when every folder was read, else why the account stopped. */
    public void finished(String error, Instant now) {
        this.state = error == null ? State.DONE : State.FAILED;
        this.error = ImportProblem.clip(error, 2000);
        this.finishedAt = now;
    }

    void interrupted(Instant now) {
        if (state == State.PENDING || state == State.RUNNING) {
            state = State.INTERRUPTED;
            error = "the server stopped before this account was finished; run the import again to resume";
            finishedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public MigrationJob job() {
        return job;
    }

    public int position() {
        return position;
    }

    public Integer line() {
        return line;
    }

    public MigrationSource source() {
        return source;
    }

    public State state() {
        return state;
    }

    public int folders() {
        return folders;
    }

    public int copied() {
        return copied;
    }

    public int skipped() {
        return skipped;
    }

    public int failed() {
        return failed;
    }

    public String error() {
        return error;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
