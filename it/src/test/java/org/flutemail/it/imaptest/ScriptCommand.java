package org.flutemail.it.imaptest;

import java.util.List;

/**
 * One command of a script: its text with variables still unexpanded, the pipelining tag number it
 * was given in the script (0 when none) and the tagged reply it must get, matched as a prefix.
 */
final class ScriptCommand {

    final int line;
    final int scriptTag;
    final String text;
    List<ImapArg> reply;

    ScriptCommand(int line, int scriptTag, String text, List<ImapArg> reply) {
        this.line = line;
        this.scriptTag = scriptTag;
        this.text = text;
        this.reply = reply;
    }

    boolean isLogout() {
        return text.equalsIgnoreCase("logout");
    }
}
