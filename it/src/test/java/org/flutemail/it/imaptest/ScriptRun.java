package org.flutemail.it.imaptest;

import java.util.List;

/** What one execution of a script shares between its setup and its command groups. */
record ScriptRun(Script script, ImaptestTarget target, List<Session> sessions, Variables variables,
        ReplyMatcher matcher, MboxSource mbox) {
}
