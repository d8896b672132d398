/**
 * The CSV files an administrator prepares for a migration: the accounts to import from an old server
 * ({@link org.flutemail.migration.csv.MigrationCsv}) and the accounts to create with preset passwords
 * ({@link org.flutemail.migration.csv.AccountCsv}). Each bad row is reported with its line number.
 */
package org.flutemail.migration.csv;
