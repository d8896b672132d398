/**
 * One parser per IMAP command, turning a decoded {@link org.flutemail.protocol.imap.codec.ImapRequest}
 * into a typed {@link org.flutemail.protocol.imap.command.ImapCommand} or a
 * {@link org.flutemail.protocol.imap.command.BadCommandException} whose message is the precise
 * {@code BAD} text. {@link org.flutemail.protocol.imap.command.ImapCommandParser} is the registry. No
 * state and no sequencing rules (whether a command is allowed now is the session's). Depends on
 * {@code codec}, {@code mailbox} and the JDK.
 */
package org.flutemail.protocol.imap.command;
