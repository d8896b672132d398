/**
 * Flute's JCA 2.1 inbound resource adapter: opens the SMTP listeners when an {@code SmtpListener}
 * bean is activated, serves each connection in turns of Work from the container's WorkManager (a
 * connection waiting for its client is parked with its port's selector loop, {@code PortLoop}, and
 * holds no thread), and turns each
 * sender or recipient check, authentication or received message into one call on a fresh message
 * endpoint (transacted for messages).
 *
 * <p>Three listeners ({@link org.flutemail.connector.adapter.SmtpService}): MX (AUTH optional, offered
 * only after STARTTLS), submission (AUTH required before MAIL, only after STARTTLS) and submission
 * over implicit TLS (RFC 8314). TLS material lives in {@code org.flutemail.connector.adapter.tls}.
 *
 * <p>Kept thin on purpose: sockets, TLS, threads and endpoint calls only. Everything SMTP is in
 * {@code org.flutemail.protocol.smtp}. May depend on that, on {@code org.flutemail.connector.api},
 * on {@code jakarta.resource} and on the JDK; on nothing of the EJB side.
 *
 * <p>Configuration: the bean's activation config, overridden per node by {@code flute.*} system
 * properties (see {@link org.flutemail.connector.adapter.SmtpSettings}): {@code flute.smtp.port}
 * (10025), {@code flute.submission.port} (10587), {@code flute.smtps.port} (10465), each with a
 * {@code .bind}; a port of 0 or less disables its listener. {@code flute.smtp.allowPlainAuth} and
 * {@code flute.submission.allowPlainAuth} (false) allow AUTH before TLS; {@code flute.tls.dir} holds
 * the PEM files; {@code flute.smtp.maxHops} (50) bounds {@code Received:} fields.
 */
package org.flutemail.connector.adapter;
