/**
 * Mailbox names on the wire: modified UTF-7 (RFC 3501 section 5.1.3) and its UTF8=ACCEPT passthrough
 * (RFC 6855). Strict, so that one mailbox has one spelling. Depends on the JDK only.
 */
package org.flutemail.protocol.imap.mailbox;
