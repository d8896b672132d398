package org.flutemail.it.imaptest;

/** A script that does not follow the format of FORMAT.md; the runner reports it, never guesses. */
final class ScriptSyntaxException extends RuntimeException {

    ScriptSyntaxException(int line, String message) {
        super("line " + line + ": " + message);
    }
}
