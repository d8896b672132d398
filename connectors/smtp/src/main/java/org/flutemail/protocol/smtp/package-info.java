/**
 * An RFC 5321 SMTP receiver as pure Java: {@link org.flutemail.protocol.smtp.SmtpConnection} turns the
 * bytes a client sends into the bytes to answer, asking an
 * {@link org.flutemail.connector.api.SmtpListener} about recipients and messages. Transports (the
 * resource adapter, tests) own the socket; this package owns nothing but the dialogue.
 *
 * <p>May depend on its sub-packages, the JDK and {@code org.flutemail.connector.api}; never on Jakarta,
 * container or socket types. Sub-packages: {@code codec} frames bytes, {@code command} parses lines,
 * {@code session} gives them meaning, {@code auth} runs SASL mechanisms, {@code reply} renders answers,
 * {@code content} holds message bytes. TLS itself is the transport's: the connection only says when
 * to start it and forgets everything it was told in the clear.
 */
package org.flutemail.protocol.smtp;
