/**
 * Framing of the SMTP byte stream: command lines and DATA content, with dot-unstuffing and the
 * {@code CRLF.CRLF} terminator, resumable across any split of the input and bounded in memory.
 * Knows nothing of what commands mean. Depends on the JDK only.
 */
package org.flutemail.protocol.smtp.codec;
