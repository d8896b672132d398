package org.flutemail.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Import jobs with their reports, and the source keys of what has been imported. */
public interface MigrationRepository {

    void add(MigrationJob job);

    Optional<MigrationJob> job(long id);

    /** The most recent jobs first. */
    List<MigrationJob> jobs(int max);

    /** Jobs that were queued or running when the server last stopped. */
    List<MigrationJob> unfinishedJobs();

    Optional<MigrationAccountRun> accountRun(long id);

    /** The source keys already imported into the account. */
    Set<String> importedKeys(Account account);

    boolean imported(Account account, String sourceKey);

    void recordImport(ImportedMessage imported);
}
