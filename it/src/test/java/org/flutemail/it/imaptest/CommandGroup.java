package org.flutemail.it.imaptest;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands a script sends together on one connection (one, or several when pipelined) and the
 * untagged replies expected while they run. The group ends when every command has its tagged reply.
 */
final class CommandGroup {

    int connection;
    final List<ScriptCommand> commands = new ArrayList<>();
    final List<ExpectedUntagged> untagged = new ArrayList<>();
    /** {@code !ordered}: expected untagged replies must arrive in the listed order. */
    boolean ordered;
    boolean expectsBye;
    long sleepMillis;
    int repliesPending;

    ScriptCommand commandWithTag(int scriptTag) {
        return commands.stream().filter(c -> c.scriptTag == scriptTag).findFirst().orElse(null);
    }
}
