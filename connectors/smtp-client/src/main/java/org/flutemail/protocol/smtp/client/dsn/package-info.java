/**
 * Delivery status notifications: the bounce (or delay or success notice) Flute sends back to a
 * message's sender, as an RFC 6522 {@code multipart/report} with an RFC 3464
 * {@code message/delivery-status} part. {@link org.flutemail.protocol.smtp.client.dsn.BounceMessageBuilder}
 * writes the bytes; queueing and sending them with the null reverse-path is the caller's job.
 *
 * <p>A bounce is never addressed to the null reverse-path: the only way to an
 * {@link org.flutemail.protocol.smtp.client.dsn.OriginalEnvelope} from a
 * {@link org.flutemail.protocol.smtp.client.ReversePath} is a method that returns empty for it.
 * Depends on the JDK and the parent package's result types.
 */
package org.flutemail.protocol.smtp.client.dsn;
