/**
 * Collecting mail from outside POP3 and IMAP mailboxes, in pure Java: what is new, what to take in,
 * what to delete afterwards ({@link org.flutemail.fetch.MailCollector}), the small interface a mail
 * client fills ({@link org.flutemail.fetch.RemoteMailboxClient}; Jakarta Mail in
 * {@code infrastructure.fetch}) and the encryption of stored passwords
 * ({@link org.flutemail.fetch.PasswordCipher}).
 *
 * <p>Depends on the domain's value types only: no container, no database. The transaction that takes a
 * message in is the caller's {@link org.flutemail.fetch.MailCollector.Intake}.
 */
package org.flutemail.fetch;
