/**
 * Framing of the IMAP client stream into commands: tag, name and arguments as atoms, quoted strings,
 * literals (synchronising, LITERAL+/LITERAL- and literal8) and parenthesised lists, resumable across
 * any split of the input and bounded by {@link org.flutemail.protocol.imap.codec.DecoderLimits}.
 * Knows nothing of what commands mean; that is {@code command}'s. Depends on the JDK only.
 */
package org.flutemail.protocol.imap.codec;
