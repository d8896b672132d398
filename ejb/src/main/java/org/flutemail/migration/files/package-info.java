/**
 * The formats old servers leave on disk: mbox files ({@link org.flutemail.migration.files.MboxReader})
 * and Maildir++ folder trees ({@link org.flutemail.migration.files.MaildirSource}). Both yield messages
 * with CRLF line ends, as Flute stores mail received over SMTP.
 */
package org.flutemail.migration.files;
