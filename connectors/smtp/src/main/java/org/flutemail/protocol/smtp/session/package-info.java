/**
 * The semantics of an SMTP session: command sequencing, limits, ESMTP extensions and the calls to the
 * store, answered as {@link org.flutemail.protocol.smtp.session.Step}s without doing I/O.
 *
 * <p>Each extension is a {@link org.flutemail.protocol.smtp.session.SmtpExtension} that says when it
 * is offered and which MAIL/RCPT parameters it owns: SIZE, 8BITMIME/BINARYMIME, SMTPUTF8, DSN,
 * STARTTLS, AUTH; PIPELINING, CHUNKING and ENHANCEDSTATUSCODES are keywords only. STARTTLS and BDAT
 * are requests to the transport (run a handshake, read n octets); AUTH exchanges are run by
 * {@code AuthProcessor} with the mechanisms of {@code auth}. What a listener demands (AUTH before
 * MAIL, TLS before AUTH) is its {@link org.flutemail.protocol.smtp.session.ListenerPolicy}.
 *
 * <p>Depends on {@code command}, {@code reply}, {@code content}, {@code auth}, {@code codec} (for
 * content flaws), the connector API and the JDK.
 */
package org.flutemail.protocol.smtp.session;
