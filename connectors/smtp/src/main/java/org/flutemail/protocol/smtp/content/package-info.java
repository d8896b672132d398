/**
 * Holding a message's content while it is received: memory up to a threshold, then a temporary file,
 * with the size limit enforced as bytes arrive. Depends on the JDK and the connector API's
 * {@code MessageContent}.
 */
package org.flutemail.protocol.smtp.content;
