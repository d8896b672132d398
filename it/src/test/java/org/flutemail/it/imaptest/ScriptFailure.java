package org.flutemail.it.imaptest;

/**
 * The first mismatch of a script run, with the command it happened in, what the script expected
 * and what the server sent. The run stops there: later commands would only fail in its wake.
 */
final class ScriptFailure extends RuntimeException {

    ScriptFailure(String message) {
        super(message);
    }

    static ScriptFailure at(ScriptCommand command, String expanded, String what, String expected, String received) {
        String where = command == null ? "setup" : "line " + command.line + " `" + shorten(expanded) + "`";
        return new ScriptFailure(where + ": " + what + "; expected `" + shorten(expected) + "`, received `"
                + shorten(received) + "`");
    }

    static String shorten(String text) {
        String oneLine = text.replace("\r\n", "\\r\\n").replace("\n", "\\n");
        return oneLine.length() > 240 ? oneLine.substring(0, 240) + "..." : oneLine;
    }
}
