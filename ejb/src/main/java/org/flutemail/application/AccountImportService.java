package org.flutemail.application;

import java.util.List;

/**
 * Accounts in bulk as CSV files. Importing creates many accounts at once, for a migration whose old
 * passwords cannot be carried over: each account gets a preset password (from the file, or generated)
 * that its user must change before the mail protocols let them in. Exporting writes the accounts the
 * caller administers in a file the import reads back (without passwords).
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

    /**
     * The accounts of {@code domain}, or of every domain the caller administers when it is null, as
     * CSV (UTF-8); a domain the caller does not administer is refused.
     */
    byte[] exportAccounts(String domain);
}
