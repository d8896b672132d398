/**
 * The semantics of an SMTP session: command sequencing, limits, ESMTP extensions and the calls to the
 * store, answered as {@link org.flutemail.protocol.smtp.session.Step}s without doing I/O. New
 * extensions (STARTTLS, AUTH, BDAT, DSN, SMTPUTF8) plug in as
 * {@link org.flutemail.protocol.smtp.session.SmtpExtension}s. Depends on {@code command}, {@code reply},
 * {@code content}, {@code codec} (for content flaws), the connector API and the JDK.
 */
package org.flutemail.protocol.smtp.session;
