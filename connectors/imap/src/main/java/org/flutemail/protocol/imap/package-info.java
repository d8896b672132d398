/**
 * The IMAP4rev1/IMAP4rev2 protocol layer as pure Java (GitHub issue 4, first step): bytes in, typed
 * commands out, responses rendered; no sockets and no container types, so it is tested byte by byte.
 * The session and server wiring come later and will live beside it, as for SMTP.
 *
 * <p>Sub-packages: {@code codec} frames the client stream into requests under hard limits,
 * {@code command} parses each request, {@code mailbox} encodes mailbox names, {@code response} writes
 * what the server says. Depends on the JDK only.
 */
package org.flutemail.protocol.imap;
