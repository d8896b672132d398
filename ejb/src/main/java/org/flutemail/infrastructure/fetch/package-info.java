/**
 * The fetch agent's platform side: outside POP3 and IMAP mailboxes through Jakarta Mail (the server's
 * Angus Mail, with timeouts and pinned or JVM trust), the classification of its failures, the key for
 * stored passwords, the work directory for downloads, and the minute timer that starts due collections.
 */
package org.flutemail.infrastructure.fetch;
