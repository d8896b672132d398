/**
 * Migration from an old mail server: reading its mail (an IMAP or POP3 server, mbox files, Maildir
 * folders) and copying it into Flute accounts with folders, flags and internal dates kept.
 *
 * <p>Pure Java, like the pipeline: the sources are behind {@link org.flutemail.migration.MailSource}
 * (the Jakarta Mail client for IMAP and POP3 lives in {@code infrastructure.migration}) and the
 * mailboxes behind {@link org.flutemail.migration.ImportTarget} (the transactional store is in
 * {@code application.internal}), so {@link org.flutemail.migration.AccountImporter} is tested without a
 * server. Every message carries a source key; a target remembers the keys it stored, which makes a
 * repeated run copy only what is missing.
 *
 * <p>May depend on {@code org.flutemail.domain} and the JDK only.
 */
package org.flutemail.migration;
