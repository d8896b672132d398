/**
 * One parser per SMTP command, turning a command line into a {@link
 * org.flutemail.protocol.smtp.command.Command} or the syntax reply RFC 5321 prescribes; the address
 * grammar of RFC 5321 section 4.1.2 lives here. No state and no sequencing rules (those are the
 * session's). Depends on {@code reply} and the JDK.
 */
package org.flutemail.protocol.smtp.command;
