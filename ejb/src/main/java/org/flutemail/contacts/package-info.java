/**
 * Address book files in pure Java: reading contacts from the CSV layouts Outlook and Foxmail write, a
 * generic CSV and vCard 2.1/3.0/4.0, and writing vCard 3.0 and CSV. One class per format; the text's
 * character set is found by {@link org.flutemail.contacts.ContactText}. A row or card that cannot be used
 * is reported by its line and skipped, the others are read. Depends on the JDK, the domain's
 * {@code EmailAddress} and the CSV reader of {@code migration.csv}; nothing from the platform.
 */
package org.flutemail.contacts;
