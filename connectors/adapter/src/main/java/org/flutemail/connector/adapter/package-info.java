/**
 * Flute's JCA 2.1 inbound resource adapter: binds the SMTP port when an {@code SmtpListener} bean is
 * activated, serves each connection as Work from the container's WorkManager, and turns each recipient
 * check or received message into one call on a fresh message endpoint (transacted for messages).
 *
 * <p>Kept thin on purpose: sockets, threads and endpoint calls only. Everything SMTP is in
 * {@code org.flutemail.protocol.smtp}. May depend on that, on {@code org.flutemail.connector.api},
 * on {@code jakarta.resource} and on the JDK; on nothing of the EJB side.
 *
 * <p>Configuration: the bean's activation config, overridden per node by {@code flute.*} system
 * properties (see {@link org.flutemail.connector.adapter.SmtpSettings}).
 */
package org.flutemail.connector.adapter;
