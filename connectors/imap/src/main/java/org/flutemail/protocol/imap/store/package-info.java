/**
 * What the IMAP session needs of the mail store, as plain Java: the session calls it, the resource
 * adapter implements it by handing each call to a message-driven bean, and unit tests implement it in
 * memory. Every call names the account and is one unit of work, like the POP3 listener's: a session
 * holds no transaction and pins no bean between commands.
 */
package org.flutemail.protocol.imap.store;
