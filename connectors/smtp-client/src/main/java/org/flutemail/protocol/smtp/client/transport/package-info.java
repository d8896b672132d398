/**
 * One client connection's bytes: writing command lines, reading (multi-line) replies with a bound on
 * their size, switching to TLS, and writing message content dot-stuffed. Knows the SMTP wire format
 * but not what a command means or what a reply decides; that is the dialogue's job in the parent
 * package. Depends on the JDK only.
 */
package org.flutemail.protocol.smtp.client.transport;
