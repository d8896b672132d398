package org.flutemail.application;

import java.util.List;

/**
 * Creating many accounts at once from a CSV file, for a migration whose old passwords cannot be
 * carried over: each account gets a preset password (from the file, or generated) that its user must
 * change before the mail protocols let them in.
 */
public interface AccountImportService {

    /**
     * One row's outcome: {@code created}, with the preset {@code password} when it was generated (shown
     * this once, never stored in clear), or the {@code error} that kept the row from being used.
     */
    record ImportedAccount(int line, String address, boolean created, String password, String error) {
    }

    record AccountImportResult(int created, int failed, List<ImportedAccount> accounts) {
    }

    AccountImportResult importAccounts(String csv);
}
