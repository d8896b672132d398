/**
 * Outbound SMTP delivery as a library: {@link org.flutemail.protocol.smtp.client.SmtpDeliveryClient}
 * takes one {@link org.flutemail.protocol.smtp.client.DeliveryRequest} (one sender, the recipients at
 * one destination, re-openable content), finds the destination's mail exchangers, talks RFC 5321 to
 * them in order and answers with one {@link org.flutemail.protocol.smtp.client.RecipientResult} per
 * recipient. It makes exactly one delivery attempt: queues, retry schedules and bounces belong to the
 * caller (the EJB side's remote-delivery consumer), which is why every failure is classified as
 * temporary or permanent rather than retried here.
 *
 * <p>This package holds the types the caller sees. It may depend on its sub-packages and the JDK;
 * never on Jakarta or container types, so it runs the same in a unit test and in an MDB. Sub-packages:
 * {@code route} resolves destinations to hosts, {@code transport} moves bytes and replies over one
 * socket, {@code session} runs the dialogue with one host, {@code dsn} builds bounce messages.
 */
package org.flutemail.protocol.smtp.client;
