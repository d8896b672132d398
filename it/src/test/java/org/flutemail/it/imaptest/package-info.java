/**
 * A runner for Dovecot imaptest's scripted IMAP tests (the scripts are data beside the repository):
 * parsing a script ({@code ScriptLineReader}, {@code ScriptParser}, {@code ListDirectives}),
 * tokenizing responses ({@code ImapArgParser}), matching them with variables and list directives
 * ({@code ReplyMatcher}, {@code Variables}), executing a script over raw sockets
 * ({@code ImapConnection}, {@code Session}, {@code ScriptSetup}, {@code GroupRunner},
 * {@code ScriptExecutor}) and reporting ({@code ConformanceReport}).
 *
 * <p>It behaves as imaptest's C code does where that differs from FORMAT.md, so that a script that
 * passes with imaptest passes here; {@code ImaptestDovecotIT} checks that against a real Dovecot.
 * It depends on nothing of Flute but {@code support.TrustAllTls}, and can run against any server.
 */
package org.flutemail.it.imaptest;
