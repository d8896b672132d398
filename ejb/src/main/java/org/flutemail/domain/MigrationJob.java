package org.flutemail.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One import run: the accounts it covers are imported one after another, each with its own report
 * ({@link MigrationAccountRun}). A job outlives the server process that ran it only as a record:
 * the old passwords it needed were never stored, so a job cut short by a restart is
 * {@link State#INTERRUPTED}, and running the same import again resumes it (already imported
 * messages are skipped by their source keys).
 */
@Entity
@Table(name = "migration_job")
public class MigrationJob {

    public enum State {
        QUEUED, RUNNING, DONE, INTERRUPTED
    }

    /** How the job was asked for. */
    public enum Origin {
        ACCOUNT, CSV, UPLOAD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false)
    private Origin origin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @OneToMany(mappedBy = "job", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MigrationAccountRun> accounts = new ArrayList<>();

    protected MigrationJob() {
    }

    public MigrationJob(Origin origin, Instant now) {
        this.origin = origin;
        this.state = State.QUEUED;
        this.createdAt = now;
    }

    public MigrationAccountRun add(MigrationSource source) {
        MigrationAccountRun run = new MigrationAccountRun(this, accounts.size(), source);
        accounts.add(run);
        return run;
    }

    public void started(Instant now) {
        state = State.RUNNING;
        startedAt = now;
    }

    public void finished(Instant now) {
        state = State.DONE;
        finishedAt = now;
    }

    /** The server stopped while the job was queued or running; its pending accounts are marked too. */
    public void interrupted(Instant now) {
        state = State.INTERRUPTED;
        finishedAt = now;
        accounts.forEach(a -> a.interrupted(now));
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Origin origin() {
        return origin;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public List<MigrationAccountRun> accounts() {
        return accounts;
    }
}
