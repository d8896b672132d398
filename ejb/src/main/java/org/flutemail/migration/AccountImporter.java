package org.flutemail.migration;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Copies one account's mail from a source into a target, folder by folder in the source's order,
 * skipping every message whose source key the target already holds. A message that fails is
 * reported and the import goes on; a source that becomes unreadable ends it, and a second run
 * takes up where it stopped.
 */
public final class AccountImporter {

    /** Told after each message, so that a long import shows its progress. */
    @FunctionalInterface
    public interface Progress {
        void update(ImportReport report);
    }

    private AccountImporter() {
    }

    public static ImportReport run(MailSource source, ImportTarget target, Progress progress) {
        ImportReport report = new ImportReport();
        Set<String> known = new java.util.HashSet<>(target.importedKeys());
        List<SourceFolder> folders;
        try {
            folders = source.folders();
        } catch (IOException | RuntimeException e) {
            report.stopped(ImportReport.reason(e));
            return report;
        }
        for (SourceFolder folder : folders) {
            TargetFolder into = FolderMapping.map(folder);
            try {
                target.ensureFolder(into);
            } catch (RuntimeException e) {
                report.folderFailed(folder.name(), "cannot create folder " + into.name() + ": " + ImportReport.reason(e));
                continue;
            }
            report.folderSeen();
            try {
                source.messages(folder, message -> {
                    copy(message, folder, into, target, known, report);
                    progress.update(report);
                });
            } catch (SourceUnavailableException e) {
                report.stopped(ImportReport.reason(e));
                return report;
            } catch (IOException | RuntimeException e) {
                report.folderFailed(folder.name(), ImportReport.reason(e));
            }
        }
        return report;
    }

    private static void copy(SourceMessage message, SourceFolder folder, TargetFolder into, ImportTarget target,
            Set<String> known, ImportReport report) throws SourceUnavailableException {
        if (known.contains(message.key())) {
            report.countSkipped();
            return;
        }
        try {
            if (target.store(into, message)) {
                report.countCopied();
            } else {
                report.countSkipped();
            }
            known.add(message.key());
        } catch (SourceUnavailableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            report.failed(folder.name(), message.label(), ImportReport.reason(e));
        }
    }
}
