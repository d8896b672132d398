/**
 * The old server as a {@link org.flutemail.migration.MailSource}: Jakarta Mail (Angus) as the IMAP
 * and POP3 client, with timeouts on every connection, STARTTLS or implicit TLS, and trust in one
 * certificate by its SHA-256 fingerprint for old servers with self-signed certificates.
 */
package org.flutemail.infrastructure.migration;
