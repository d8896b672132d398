package org.flutemail.it.imaptest;

/**
 * The outcome of one script: PASS, FAIL with the first mismatch, or SKIP with the capability the
 * server does not announce.
 */
public record ScriptResult(String script, Outcome outcome, String detail) {

    public enum Outcome { PASS, FAIL, SKIP }

    static ScriptResult pass(String script) {
        return new ScriptResult(script, Outcome.PASS, "");
    }

    static ScriptResult fail(String script, String detail) {
        return new ScriptResult(script, Outcome.FAIL, detail);
    }

    static ScriptResult skip(String script, String detail) {
        return new ScriptResult(script, Outcome.SKIP, detail);
    }

    public boolean passed() {
        return outcome == Outcome.PASS;
    }
}
