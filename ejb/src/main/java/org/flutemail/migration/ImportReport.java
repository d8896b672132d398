package org.flutemail.migration;

import java.util.ArrayList;
import java.util.List;
import org.flutemail.domain.ImportProblem;
import org.flutemail.domain.MigrationAccountRun;

/** What an account's import came to so far: counters, the reasons of failures, and why it stopped early. */
public final class ImportReport {

    private int folders;
    private int copied;
    private int skipped;
    private int failed;
    private final List<ImportProblem> problems = new ArrayList<>();
    private String error;

    /** The report of an account whose source could not even be opened. */
    public static ImportReport notStarted(String reason) {
        ImportReport report = new ImportReport();
        report.stopped(reason);
        return report;
    }

    void folderSeen() {
        folders++;
    }

    void countCopied() {
        copied++;
    }

    void countSkipped() {
        skipped++;
    }

    void failed(String folder, String item, String reason) {
        failed++;
        problem(folder, item, reason);
    }

    /** A folder that could not be read or created: its messages are not counted, the reason is. */
    void folderFailed(String folder, String reason) {
        problem(folder, null, reason);
    }

    /** The account cannot go on: its source is gone. */
    void stopped(String reason) {
        error = reason;
    }

    private void problem(String folder, String item, String reason) {
        if (problems.size() < MigrationAccountRun.MAX_PROBLEMS) {
            problems.add(new ImportProblem(folder, item, reason));
        }
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

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    /** Why the account stopped before every folder was read, or null. */
    public String error() {
        return error;
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
