/** Framing of POP3 command lines: a resumable byte decoder with a hard limit on line length. */
package org.flutemail.protocol.pop3.codec;
